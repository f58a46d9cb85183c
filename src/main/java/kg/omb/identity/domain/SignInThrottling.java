package kg.omb.identity.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import kg.omb.audit.AuditLog;
import kg.omb.identity.domain.SignInThrottle.KeyType;

/**
 * Slows down and then locks repeated failed sign-ins, for one e-mail address (whether or not an account has it, so
 * that a lock reveals nothing) and for one client address (many e-mail addresses tried from one place). The counts
 * live in the database, row-locked while they change, so that all nodes share them.
 */
@Service
public class SignInThrottling {

	private final SignInThrottleRepository throttles;

	private final AccountRepository accounts;

	private final IdentityProperties.SignIn settings;

	private final AuditLog audit;

	private final Clock clock;

	private final TransactionTemplate transactions;

	SignInThrottling(SignInThrottleRepository throttles, AccountRepository accounts, IdentityProperties properties,
			AuditLog audit, Clock clock, PlatformTransactionManager transactionManager) {
		this.throttles = throttles;
		this.accounts = accounts;
		this.settings = properties.signIn();
		this.audit = audit;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** Whether a sign-in attempt now must be refused without checking the password, and until when. */
	public Optional<SignInRefusal> refusal(String email, @Nullable String clientAddress) {
		Instant now = now();
		return transactions.execute(status -> {
			Optional<SignInRefusal> byAccount = throttles.findByKeyTypeAndKeyValue(KeyType.ACCOUNT, key(email))
				.flatMap(throttle -> throttle.refusalAt(now, settings.accountRule()));
			Optional<SignInRefusal> byAddress = clientAddress == null ? Optional.empty()
					: throttles.findByKeyTypeAndKeyValue(KeyType.ADDRESS, address(clientAddress))
						.flatMap(throttle -> throttle.refusalAt(now, settings.addressRule()));
			if (byAccount.isPresent() && byAddress.isPresent()) {
				return Optional.of(byAccount.get().laterOf(byAddress.get()));
			}
			return byAccount.isPresent() ? byAccount : byAddress;
		});
	}

	/** Counts a wrong password for the e-mail address and the client address; a lock is audited. */
	public void failed(String email, @Nullable String clientAddress) {
		fail(KeyType.ACCOUNT, key(email));
		if (clientAddress != null) {
			fail(KeyType.ADDRESS, address(clientAddress));
		}
	}

	/** A right password clears the count of the e-mail address (not the client's, which many people may share). */
	public void succeeded(String email) {
		transactions.executeWithoutResult(status -> throttles.lock(KeyType.ACCOUNT, key(email))
			.ifPresent(SignInThrottle::reset));
	}

	/** Forgets counts nobody needs any more. */
	@Scheduled(cron = "${omb.identity.sign-in.cleanup-cron:0 7 * * * *}")
	@SchedulerLock(name = "identity.sign-in-throttle.cleanup")
	public void forgetStaleCounts() {
		Instant now = now();
		transactions.executeWithoutResult(
				status -> throttles.deleteStale(now.minus(settings.window()).minus(settings.lockDuration()), now));
	}

	private void fail(KeyType type, String value) {
		try {
			transactions.executeWithoutResult(status -> failInTransaction(type, value));
		}
		catch (DataIntegrityViolationException firstFailureRace) {
			// another node counted the first failure of this key at the same moment; its row exists now
			transactions.executeWithoutResult(status -> failInTransaction(type, value));
		}
	}

	private void failInTransaction(KeyType type, String value) {
		Instant now = now();
		SignInThrottle throttle = throttles.lock(type, value)
			.orElseGet(() -> throttles.saveAndFlush(new SignInThrottle(type, value, now)));
		ThrottleRule rule = type == KeyType.ACCOUNT ? settings.accountRule() : settings.addressRule();
		if (throttle.fail(now, rule)) {
			recordLock(throttle);
		}
	}

	private void recordLock(SignInThrottle throttle) {
		Map<String, Object> details = Map.of("failures", throttle.getFailures(), "lockedUntil",
				String.valueOf(throttle.getLockedUntil()));
		if (throttle.getKeyType() == KeyType.ACCOUNT) {
			Long accountId = accounts.findByEmail(throttle.getKeyValue()).map(Account::id).orElse(null);
			audit.record("security.account.locked", "account", accountId,
					withKey(details, "email", throttle.getKeyValue()));
		}
		else {
			audit.record("security.address.locked", "client-address", throttle.getKeyValue(), details);
		}
	}

	/** Milliseconds are enough, and every database keeps them exactly: a stored time never lies in the future. */
	private Instant now() {
		return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
	}

	private static Map<String, Object> withKey(Map<String, Object> details, String name, String value) {
		var all = new java.util.HashMap<String, Object>(details);
		all.put(name, value);
		return all;
	}

	private static String address(String clientAddress) {
		return clientAddress.length() > 64 ? clientAddress.substring(0, 64) : clientAddress;
	}

	private static String key(String email) {
		String normalized = Account.normalizeEmail(email);
		return normalized.length() > 320 ? normalized.substring(0, 320) : normalized;
	}

}
