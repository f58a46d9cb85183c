package kg.omb.identity.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TotpTests {

	/** The SHA1 seed of RFC 6238, Appendix B. */
	static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	static final Instant NOW = Instant.ofEpochSecond(1_111_111_111L);

	@ParameterizedTest(name = "at {0} s the code is {1}")
	@CsvSource({ "59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
			"2000000000, 69279037", "20000000000, 65353130" })
	void computesTheRfc6238Sha1TestVectors(long seconds, String eightDigits) {
		long step = Totp.stepAt(Instant.ofEpochSecond(seconds));
		assertThat(Totp.code(RFC_KEY, step, 8)).isEqualTo(eightDigits);
		assertThat(Totp.code(RFC_KEY, step)).isEqualTo(eightDigits.substring(2));
	}

	@Test
	void acceptsTheCurrentStepAndOneStepEitherSide() {
		long step = Totp.stepAt(NOW);
		for (long offset = -1; offset <= 1; offset++) {
			assertThat(Totp.verify(RFC_KEY, Totp.code(RFC_KEY, step + offset), NOW, Long.MIN_VALUE))
				.hasValue(step + offset);
		}
	}

	@Test
	void rejectsCodesTwoStepsAwayOrMore() {
		long step = Totp.stepAt(NOW);
		assertThat(Totp.verify(RFC_KEY, Totp.code(RFC_KEY, step - 2), NOW, Long.MIN_VALUE)).isEmpty();
		assertThat(Totp.verify(RFC_KEY, Totp.code(RFC_KEY, step + 2), NOW, Long.MIN_VALUE)).isEmpty();
	}

	@Test
	void neverAcceptsTheSameStepTwiceNorAnEarlierOne() {
		long step = Totp.stepAt(NOW);
		String code = Totp.code(RFC_KEY, step);
		assertThat(Totp.verify(RFC_KEY, code, NOW, step - 1)).hasValue(step);
		assertThat(Totp.verify(RFC_KEY, code, NOW, step)).isEmpty();
		assertThat(Totp.verify(RFC_KEY, Totp.code(RFC_KEY, step - 1), NOW, step)).isEmpty();
		assertThat(Totp.verify(RFC_KEY, Totp.code(RFC_KEY, step + 1), NOW, step)).hasValue(step + 1);
	}

	@Test
	void rejectsAWrongCodeAndAnythingThatIsNotSixDigits() {
		long step = Totp.stepAt(NOW);
		String right = Totp.code(RFC_KEY, step);
		String wrong = String.format("%06d", (Integer.parseInt(right) + 500_000) % 1_000_000);
		assertThat(Totp.verify(RFC_KEY, wrong, NOW, Long.MIN_VALUE)).isEmpty();
		assertThat(Totp.verify(RFC_KEY, right.substring(1), NOW, Long.MIN_VALUE)).isEmpty();
		assertThat(Totp.verify(RFC_KEY, "abcdef", NOW, Long.MIN_VALUE)).isEmpty();
		assertThat(Totp.verify(RFC_KEY, right.substring(0, 3) + " " + right.substring(3), NOW, Long.MIN_VALUE))
			.hasValue(step);
	}

	@Test
	void stepsAreThirtySecondsFromTheEpoch() {
		assertThat(Totp.stepAt(Instant.ofEpochSecond(0))).isZero();
		assertThat(Totp.stepAt(Instant.ofEpochSecond(29))).isZero();
		assertThat(Totp.stepAt(Instant.ofEpochSecond(30))).isEqualTo(1);
	}

	@Test
	void base32EncodesTheRfcKeyAsAuthenticatorAppsExpect() {
		assertThat(Base32.encode(RFC_KEY)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
		assertThat(Base32.decode("gezd gnbv gy3t qojq gezd gnbv gy3t qojq")).isEqualTo(RFC_KEY);
		assertThat(Base32.encode("f".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MY");
		assertThat(Base32.decode("MZXW6YQ=")).isEqualTo("foob".getBytes(StandardCharsets.US_ASCII));
		assertThatThrownBy(() -> Base32.decode("0189")).isInstanceOf(IllegalArgumentException.class);
	}

}
