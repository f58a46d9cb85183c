package kg.omb.identity.domain;

import org.springframework.stereotype.Component;

import kg.omb.shared.PublicAddress;

/** Absolute links for e-mails: the platform's public address and a path with the token. */
@Component
class MailedLinks {

	private final PublicAddress address;

	MailedLinks(PublicAddress address) {
		this.address = address;
	}

	String emailConfirmation(IssuedToken token) {
		return address.of("/register/confirm?token=" + token.secret());
	}

	String passwordReset(IssuedToken token) {
		return address.of("/password/reset?token=" + token.secret());
	}

}
