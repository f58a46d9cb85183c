package kg.omb.identity.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords as RFC 6238 defines them and authenticator apps compute them: HMAC-SHA1 (RFC
 * 4226), 6 digits, 30-second steps counted from the Unix epoch. A code is accepted for the current step and one step
 * either side (clocks drift, people type slowly), and never for a step at or before the last one used.
 */
public final class Totp {

	public static final int DIGITS = 6;

	public static final long STEP_SECONDS = 30;

	/** Steps accepted on either side of the current one. */
	public static final int TOLERANCE = 1;

	private static final int[] POWERS = { 1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000 };

	private Totp() {
	}

	public static long stepAt(Instant moment) {
		return Math.floorDiv(moment.getEpochSecond(), STEP_SECONDS);
	}

	/** The code for a time step, with the given number of digits (RFC 6238's reference vectors use 8). */
	public static String code(byte[] key, long step, int digits) {
		if (digits < 1 || digits >= POWERS.length) {
			throw new IllegalArgumentException("digits: " + digits);
		}
		byte[] hash = hmacSha1(key, ByteBuffer.allocate(Long.BYTES).putLong(step).array());
		int offset = hash[hash.length - 1] & 0x0f;
		int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
				| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
		String code = Integer.toString(binary % POWERS[digits]);
		return "0".repeat(digits - code.length()) + code;
	}

	public static String code(byte[] key, long step) {
		return code(key, step, DIGITS);
	}

	/**
	 * The step the code was made for, if it matches one within the tolerance of {@code now} that is later than
	 * {@code lastUsedStep}; empty otherwise. Every candidate is compared, in constant time.
	 */
	public static OptionalLong verify(byte[] key, String code, Instant now, long lastUsedStep) {
		String typed = code.replaceAll("\\s", "");
		if (!typed.matches("\\d{" + DIGITS + "}")) {
			return OptionalLong.empty();
		}
		byte[] typedBytes = typed.getBytes(StandardCharsets.US_ASCII);
		long current = stepAt(now);
		long matched = Long.MIN_VALUE;
		for (long step = current - TOLERANCE; step <= current + TOLERANCE; step++) {
			boolean equal = MessageDigest.isEqual(code(key, step).getBytes(StandardCharsets.US_ASCII), typedBytes);
			if (equal && step > lastUsedStep && matched == Long.MIN_VALUE) {
				matched = step;
			}
		}
		return matched == Long.MIN_VALUE ? OptionalLong.empty() : OptionalLong.of(matched);
	}

	private static byte[] hmacSha1(byte[] key, byte[] message) {
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(key, "HmacSHA1"));
			return mac.doFinal(message);
		}
		catch (GeneralSecurityException impossible) {
			throw new IllegalStateException("HmacSHA1 is part of every Java runtime", impossible);
		}
	}

}
