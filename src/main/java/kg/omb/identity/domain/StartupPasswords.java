package kg.omb.identity.domain;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import kg.omb.identity.domain.RejectedInput.Reason;

/** Checks a password given in the configuration against the policy, and stops the start-up when it fails. */
@Component
class StartupPasswords {

	private final PasswordPolicy policy;

	private final MessageSource messages;

	StartupPasswords(PasswordPolicy policy, MessageSource messages) {
		this.policy = policy;
		this.messages = messages;
	}

	void require(String password, String email, String setting) {
		List<Reason> reasons = policy.check(password, email);
		if (!reasons.isEmpty()) {
			String why = reasons.stream()
				.map(reason -> messages.getMessage(reason.messageKey(), reason.arguments(), Locale.ENGLISH))
				.collect(Collectors.joining(" "));
			throw new IllegalStateException("The password set by " + setting + " does not meet the password policy: "
					+ why + " Choose another one, or leave it empty to have a random one generated.");
		}
	}

	PasswordPolicy policy() {
		return policy;
	}

}
