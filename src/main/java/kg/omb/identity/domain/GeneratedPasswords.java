package kg.omb.identity.domain;

import java.security.SecureRandom;

/** Random passwords for accounts created at start-up: letters and digits that cannot be mistaken for each other. */
final class GeneratedPasswords {

	static final int LENGTH = 20;

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private GeneratedPasswords() {
	}

	static String generate(PasswordPolicy policy, String email) {
		while (true) {
			StringBuilder password = new StringBuilder(LENGTH);
			for (int i = 0; i < LENGTH; i++) {
				password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
			}
			if (policy.check(password.toString(), email).isEmpty()) {
				return password.toString();
			}
		}
	}

}
