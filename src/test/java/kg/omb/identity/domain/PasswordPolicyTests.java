package kg.omb.identity.domain;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import kg.omb.identity.domain.PasswordPolicy.CommonPasswords;
import kg.omb.identity.domain.RejectedInput.Reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordPolicyTests {

	static final PasswordPolicy POLICY = new PasswordPolicy(PasswordConfiguration.commonPasswords());

	static List<String> reasons(String password, String email) {
		return POLICY.check(password, email).stream().map(Reason::messageKey).toList();
	}

	@Test
	void aLongUncommonPasswordUnrelatedToTheEmailIsAllowed() {
		assertThat(POLICY.check("apricot-harbour-lantern", "aibek@example.kg")).isEmpty();
	}

	@Test
	void theRulesAreNamed() {
		assertThat(POLICY.ruleNames()).containsExactly("minimum-length", "maximum-length", "not-common",
				"not-made-of-email");
	}

	@Test
	void elevenCharactersAreTooFewAndTwelveAreEnough() {
		assertThat(POLICY.check("abcdefghijk", "x@example.kg")).extracting(Reason::messageKey)
			.containsExactly("password.error.too-short");
		assertThat(POLICY.check("abcdefghijk", "x@example.kg").get(0).arguments()).containsExactly(12);
		assertThat(reasons("plum-tree-42", "x@example.kg")).isEmpty();
	}

	@Test
	void lengthCountsCharactersNotBytes() {
		assertThat(reasons("өңүөңүөңүөң", "x@example.kg")).containsExactly("password.error.too-short");
		assertThat(reasons("өңүөңүөңүөңү", "x@example.kg")).isEmpty();
	}

	@Test
	void moreThan128CharactersAreRefused() {
		assertThat(reasons("a1b2".repeat(32), "x@example.kg")).isEmpty();
		assertThat(reasons("a1b2".repeat(32) + "c", "x@example.kg")).containsExactly("password.error.too-long");
	}

	@ParameterizedTest
	@ValueSource(strings = { "qwertyuiop123", "Password1234", "QWERTY123456", "1qaz2wsx3edc", "iloveyou1234" })
	void commonPasswordsAreRefusedWhateverTheirCase(String password) {
		assertThat(reasons(password, "x@example.kg")).containsExactly("password.error.common");
	}

	@Test
	void aPasswordMadeOfTheEmailIsRefused() {
		assertThat(reasons("my-gulnara-2024-pass", "Gulnara@example.kg")).containsExactly(
				"password.error.contains-email");
		assertThat(reasons("GULNARA@EXAMPLE.KG", "gulnara@example.kg")).containsExactly(
				"password.error.contains-email");
	}

	@Test
	void aLocalPartOfOneOrTwoLettersIsTooShortToForbid() {
		assertThat(reasons("jo-likes-long-walks", "jo@example.kg")).isEmpty();
	}

	@Test
	void everyBrokenRuleIsReportedAtOnce() {
		assertThat(reasons("admin", "admin@omb.local")).containsExactly("password.error.too-short",
				"password.error.common", "password.error.contains-email");
	}

	@Test
	void requireNamesTheFieldAndTheReasons() {
		assertThatThrownBy(() -> POLICY.require("short", "x@example.kg", "newPassword"))
			.isInstanceOfSatisfying(RejectedInput.class, rejected -> {
				assertThat(rejected.field()).isEqualTo("newPassword");
				assertThat(rejected.reasons()).extracting(Reason::messageKey)
					.containsExactly("password.error.too-short");
			});
	}

	@Test
	void theShippedListOfCommonPasswordsIsSubstantialAndHasLongOnes() {
		CommonPasswords shipped = PasswordConfiguration.commonPasswords();
		for (String common : Set.of("123456", "password", "qwerty", "password1234", "qwertyuiop123",
				"bishkek123456", "kyrgyzstan1234", "йцукенгшщзхъ")) {
			assertThat(shipped.contains(common)).as(common).isTrue();
		}
		assertThat(shipped.contains("apricot-harbour-lantern")).isFalse();
		assertThat(lines()).hasSizeGreaterThan(800);
		assertThat(lines().stream().filter(line -> line.length() >= 12).count()).isGreaterThan(200);
	}

	static List<String> lines() {
		try (var in = PasswordPolicyTests.class.getResourceAsStream(PasswordConfiguration.COMMON_PASSWORDS)) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.toList();
		}
		catch (java.io.IOException exception) {
			throw new IllegalStateException(exception);
		}
	}

}
