package kg.omb.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.identity.domain.SignInThrottle.KeyType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the sign-in tables must do, on every database the platform runs on. */
@Transactional
abstract class SignInSecurityRepositoriesContract {

	static final Instant NOW = Instant.parse("2026-05-04T09:30:00.123Z");

	@Autowired
	AccountRepository accounts;

	@Autowired
	AccountTokenRepository tokens;

	@Autowired
	SignInThrottleRepository throttles;

	long account(String email) {
		return accounts.saveAndFlush(Account.staff(email, "Сынак", "{noop}x", Locale.ENGLISH, NOW)).id();
	}

	@Test
	void accountsAreFoundByTheirNormalizedEmail() {
		account("Mixed.Case@Example.KG");
		assertThat(accounts.findByEmail("mixed.case@example.kg")).isPresent();
		assertThat(accounts.existsByEmail(Account.normalizeEmail(" MIXED.case@example.kg "))).isTrue();
	}

	@Test
	void tokensAreFoundByHashAndPurposeOnly() {
		long id = account("tokens@example.kg");
		tokens.saveAndFlush(new AccountToken(id, TokenPurpose.PASSWORD_RESET, AccountTokens.hash("secret"),
				NOW.plus(Duration.ofHours(1))));

		assertThat(tokens.findByTokenHashAndPurpose(AccountTokens.hash("secret"), TokenPurpose.PASSWORD_RESET))
			.hasValueSatisfying(token -> {
				assertThat(token.getAccountId()).isEqualTo(id);
				assertThat(token.getExpiresAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
			});
		assertThat(tokens.findByTokenHashAndPurpose(AccountTokens.hash("secret"), TokenPurpose.EMAIL_VERIFICATION))
			.isEmpty();
		assertThat(tokens.findByTokenHashAndPurpose("secret", TokenPurpose.PASSWORD_RESET)).isEmpty();
	}

	@Test
	void onlyUnusedTokensOfThePurposeAreDeleted() {
		long id = account("cleanup@example.kg");
		AccountToken used = new AccountToken(id, TokenPurpose.PASSWORD_RESET, AccountTokens.hash("a"), NOW.plusSeconds(60));
		used.use(NOW);
		tokens.save(used);
		tokens.save(new AccountToken(id, TokenPurpose.PASSWORD_RESET, AccountTokens.hash("b"), NOW.plusSeconds(60)));
		tokens.save(new AccountToken(id, TokenPurpose.EMAIL_VERIFICATION, AccountTokens.hash("c"), NOW.plusSeconds(60)));
		tokens.flush();

		assertThat(tokens.deleteUnused(id, TokenPurpose.PASSWORD_RESET)).isEqualTo(1);
		assertThat(tokens.findByTokenHashAndPurpose(AccountTokens.hash("a"), TokenPurpose.PASSWORD_RESET)).isPresent();
		assertThat(tokens.findByTokenHashAndPurpose(AccountTokens.hash("c"), TokenPurpose.EMAIL_VERIFICATION))
			.isPresent();
	}

	@Test
	void aTokenHashIsUnique() {
		long id = account("unique@example.kg");
		tokens.saveAndFlush(new AccountToken(id, TokenPurpose.PASSWORD_RESET, AccountTokens.hash("same"), NOW));
		assertThatThrownBy(() -> tokens
			.saveAndFlush(new AccountToken(id, TokenPurpose.EMAIL_VERIFICATION, AccountTokens.hash("same"), NOW)))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void aThrottleIsLockedByItsKeyAndKeepsItsTimesExactly() {
		var rule = new ThrottleRule(3, 5, Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ofSeconds(1),
				Duration.ofMinutes(1));
		SignInThrottle throttle = throttles.saveAndFlush(new SignInThrottle(KeyType.ADDRESS, "203.0.113.9", NOW));
		for (int i = 0; i < 5; i++) {
			throttle.fail(NOW, rule);
		}
		throttles.flush();

		assertThat(throttles.lock(KeyType.ADDRESS, "203.0.113.9")).hasValueSatisfying(found -> {
			assertThat(found.getFailures()).isEqualTo(5);
			assertThat(found.getLockedUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
		});
		assertThat(throttles.findByKeyTypeAndKeyValue(KeyType.ACCOUNT, "203.0.113.9")).isEmpty();
		assertThatThrownBy(() -> throttles.saveAndFlush(new SignInThrottle(KeyType.ADDRESS, "203.0.113.9", NOW)))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void staleThrottlesAreForgottenButLocksAreKept() {
		Instant longAgo = NOW.minus(2, ChronoUnit.HOURS);
		var rule = new ThrottleRule(3, 1, Duration.ofMinutes(15), Duration.ofHours(3), Duration.ofSeconds(1),
				Duration.ofMinutes(1));
		throttles.save(new SignInThrottle(KeyType.ACCOUNT, "stale@example.kg", longAgo));
		SignInThrottle locked = new SignInThrottle(KeyType.ACCOUNT, "locked@example.kg", longAgo);
		locked.fail(longAgo, rule);
		throttles.save(locked);
		throttles.save(new SignInThrottle(KeyType.ACCOUNT, "recent@example.kg", NOW));
		throttles.flush();

		assertThat(throttles.deleteStale(NOW.minus(30, ChronoUnit.MINUTES), NOW)).isEqualTo(1);
		assertThat(throttles.findByKeyTypeAndKeyValue(KeyType.ACCOUNT, "locked@example.kg")).isPresent();
		assertThat(throttles.findByKeyTypeAndKeyValue(KeyType.ACCOUNT, "recent@example.kg")).isPresent();
	}

}
