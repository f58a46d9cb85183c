package kg.omb.identity.domain;

import org.jspecify.annotations.Nullable;

import kg.omb.shared.DomainException;

/** A rule rejected an action; carries the translated reason's key and the form field it belongs to, if any. */
public class RuleViolation extends DomainException {

	private final @Nullable String field;

	RuleViolation(Decision decision) {
		super(decision.reasonKey() == null ? "error.generic.text" : decision.reasonKey());
		this.field = decision.field();
	}

	public @Nullable String field() {
		return field;
	}

}
