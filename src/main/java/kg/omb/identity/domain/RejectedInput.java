package kg.omb.identity.domain;

import java.util.List;

import kg.omb.shared.DomainException;

/**
 * Input refused by a rule, for one field of a form: the form shows each reason next to that field.
 */
public class RejectedInput extends DomainException {

	private final String field;

	private final transient List<Reason> reasons;

	public RejectedInput(String field, List<Reason> reasons) {
		super(reasons.isEmpty() ? "error.generic.text" : reasons.get(0).messageKey(),
				reasons.isEmpty() ? new Object[0] : reasons.get(0).arguments());
		this.field = field;
		this.reasons = List.copyOf(reasons);
	}

	public RejectedInput(String field, String messageKey, Object... arguments) {
		this(field, List.of(new Reason(messageKey, arguments)));
	}

	public String field() {
		return field;
	}

	public List<Reason> reasons() {
		return reasons;
	}

	/** A message key of the bundles and its arguments. */
	public record Reason(String messageKey, Object... arguments) {
	}

}
