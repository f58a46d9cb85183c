package kg.omb.identity.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import kg.omb.identity.domain.RejectedInput.Reason;

/**
 * What a password must be, as a small set of named rules, each of which allows a password or rejects it with a
 * reason the person can read: long enough, not too long, not on the list of common passwords, not made of the
 * e-mail address. Applied wherever a password is chosen: registration, reset, change, the administrator at start-up.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 128;

	/** A local part shorter than this (a, jo) is too common a string to forbid inside passwords. */
	static final int SHORTEST_LOCAL_PART_CHECKED = 3;

	private final List<Rule> rules;

	public PasswordPolicy(CommonPasswords commonPasswords) {
		this.rules = List.of(new MinimumLength(MIN_LENGTH), new MaximumLength(MAX_LENGTH),
				new NotCommon(commonPasswords), new NotMadeOfEmail());
	}

	/** Every reason the password is refused for; empty when it is allowed. */
	public List<Reason> check(String password, String email) {
		List<Reason> reasons = new ArrayList<>();
		for (Rule rule : rules) {
			rule.check(password, email).ifPresent(reasons::add);
		}
		return reasons;
	}

	/** Refuses a password that breaks a rule, naming the form field it came from. */
	public void require(String password, String email, String field) {
		List<Reason> reasons = check(password, email);
		if (!reasons.isEmpty()) {
			throw new RejectedInput(field, reasons);
		}
	}

	public List<String> ruleNames() {
		return rules.stream().map(Rule::name).toList();
	}

	/** One rule of the policy. */
	interface Rule {

		String name();

		Optional<Reason> check(String password, String email);

	}

	record MinimumLength(int characters) implements Rule {

		@Override
		public String name() {
			return "minimum-length";
		}

		@Override
		public Optional<Reason> check(String password, String email) {
			return length(password) < characters
					? Optional.of(new Reason("password.error.too-short", characters)) : Optional.empty();
		}

	}

	record MaximumLength(int characters) implements Rule {

		@Override
		public String name() {
			return "maximum-length";
		}

		@Override
		public Optional<Reason> check(String password, String email) {
			return length(password) > characters
					? Optional.of(new Reason("password.error.too-long", characters)) : Optional.empty();
		}

	}

	record NotCommon(CommonPasswords list) implements Rule {

		@Override
		public String name() {
			return "not-common";
		}

		@Override
		public Optional<Reason> check(String password, String email) {
			return list.contains(password) ? Optional.of(new Reason("password.error.common")) : Optional.empty();
		}

	}

	record NotMadeOfEmail() implements Rule {

		@Override
		public String name() {
			return "not-made-of-email";
		}

		@Override
		public Optional<Reason> check(String password, String email) {
			String normalized = Account.normalizeEmail(email);
			int at = normalized.lastIndexOf('@');
			String localPart = at < 0 ? normalized : normalized.substring(0, at);
			String lowered = password.toLowerCase(Locale.ROOT);
			boolean madeOfEmail = !normalized.isEmpty() && lowered.equals(normalized)
					|| localPart.length() >= SHORTEST_LOCAL_PART_CHECKED && lowered.contains(localPart);
			return madeOfEmail ? Optional.of(new Reason("password.error.contains-email")) : Optional.empty();
		}

	}

	private static int length(String password) {
		return password.codePointCount(0, password.length());
	}

	/** The passwords people choose most often, compared without regard to case. */
	public interface CommonPasswords {

		boolean contains(String password);

		static CommonPasswords of(Set<String> lowercase) {
			return password -> lowercase.contains(password.toLowerCase(Locale.ROOT));
		}

	}

}
