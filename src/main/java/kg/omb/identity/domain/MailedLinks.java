package kg.omb.identity.domain;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Absolute links for e-mails: the platform's public address ({@code omb.base-url}) and a path with the token. */
@Component
class MailedLinks {

	private final String baseUrl;

	MailedLinks(@Value("${omb.base-url}") String baseUrl) {
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	String emailConfirmation(IssuedToken token) {
		return baseUrl + "/register/confirm?token=" + token.secret();
	}

	String passwordReset(IssuedToken token) {
		return baseUrl + "/password/reset?token=" + token.secret();
	}

}
