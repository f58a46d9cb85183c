package kg.omb.identity.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Recovery codes: ten, each ten Base32 characters (50 random bits) shown as {@code abcde-fghij}. Because they are
 * random and long, a SHA-256 hash is enough to store them (a slow password hash guards guessable secrets, which
 * these are not); typing is forgiving about case, spaces and the hyphen.
 */
final class RecoveryCodeGenerator {

	static final int COUNT = 10;

	private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";

	private final SecureRandom random = new SecureRandom();

	List<String> generate() {
		List<String> codes = new ArrayList<>(COUNT);
		for (int i = 0; i < COUNT; i++) {
			StringBuilder code = new StringBuilder(11);
			for (int c = 0; c < 10; c++) {
				if (c == 5) {
					code.append('-');
				}
				code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
			}
			codes.add(code.toString());
		}
		return codes;
	}

	static String hash(String code) {
		String normalized = code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", impossible);
		}
	}

	static boolean looksLikeRecoveryCode(String typed) {
		return typed.replaceAll("[\\s-]", "").matches("[A-Za-z2-7]{10}");
	}

}
