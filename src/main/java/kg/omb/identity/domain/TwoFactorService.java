package kg.omb.identity.domain;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.audit.AuditLog;
import kg.omb.shared.Actor;
import kg.omb.shared.DomainException;

/**
 * Two-factor sign-in with an authenticator app (TOTP) for staff: enrolment, recovery codes, the second step of
 * sign-in and switching it off. Everything acts on the signed-in person's own account.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class TwoFactorService {

	static final String ISSUER = "OMB";

	private static final int SECRET_BYTES = 20;

	private final TwoFactorCredentials credentials;

	private final RecoveryCodes recoveryCodes;

	private final AdministeredAccounts accounts;

	private final GrantLedger grants;

	private final TotpSecretCipher cipher;

	private final AuditLog audit;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	private final RecoveryCodeGenerator generator = new RecoveryCodeGenerator();

	TwoFactorService(TwoFactorCredentials credentials, RecoveryCodes recoveryCodes, AdministeredAccounts accounts,
			GrantLedger grants, TotpSecretCipher cipher, AuditLog audit, Clock clock) {
		this.credentials = credentials;
		this.recoveryCodes = recoveryCodes;
		this.accounts = accounts;
		this.grants = grants;
		this.cipher = cipher;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public TwoFactorStatus status() {
		long accountId = currentAccountId();
		Optional<TwoFactorCredential> credential = credentials.findByAccountId(accountId);
		boolean enabled = credential.map(TwoFactorCredential::isEnabled).orElse(false);
		return new TwoFactorStatus(isStaff(accountId), enabled, credential.isPresent() && !enabled,
				enabled ? recoveryCodes.countByAccountIdAndUsedAtIsNull(accountId) : 0);
	}

	/** Whether the account must pass the second step after its password. */
	@Transactional(readOnly = true)
	public boolean isEnabled(long accountId) {
		return credentials.existsByAccountIdAndEnabledAtIsNotNull(accountId);
	}

	/** Starts (or starts over) an enrolment with a new secret; only staff may. */
	public TwoFactorEnrolment startEnrolment() {
		long accountId = currentAccountId();
		if (!isStaff(accountId)) {
			throw new DomainException("two-factor.error.staff-only");
		}
		byte[] secret = new byte[SECRET_BYTES];
		random.nextBytes(secret);
		String sealed = cipher.encrypt(accountId, secret);
		credentials.findByAccountId(accountId)
			.ifPresentOrElse(pending -> pending.replacePendingSecret(sealed),
					() -> credentials.save(new TwoFactorCredential(accountId, sealed)));
		return enrolment(accountId, secret);
	}

	/** The enrolment waiting for its first code, to show the QR code again. */
	@Transactional(readOnly = true)
	public Optional<TwoFactorEnrolment> pendingEnrolment() {
		long accountId = currentAccountId();
		return credentials.findByAccountId(accountId)
			.filter(credential -> !credential.isEnabled())
			.map(credential -> enrolment(accountId, cipher.decrypt(accountId, credential.getSecretCiphertext())));
	}

	/** The first code proves the app holds the secret: two-factor is on. Returns the recovery codes, shown once. */
	public List<String> confirmEnrolment(String code) {
		long accountId = currentAccountId();
		TwoFactorCredential credential = credentials.findByAccountId(accountId)
			.filter(pending -> !pending.isEnabled())
			.orElseThrow(() -> new DomainException("two-factor.error.no-enrolment"));
		OptionalLong step = Totp.verify(cipher.decrypt(accountId, credential.getSecretCiphertext()), code, now(),
				credential.lastUsedStepOrMinimum());
		if (step.isEmpty()) {
			throw new DomainException("two-factor.error.wrong-code");
		}
		credential.enable(step.getAsLong(), now());
		audit.record("two-factor.enabled", "account", accountId);
		return newRecoveryCodes(accountId);
	}

	/** Replaces every recovery code with ten new ones, shown once. */
	public List<String> regenerateRecoveryCodes() {
		long accountId = currentAccountId();
		if (!isEnabled(accountId)) {
			throw new DomainException("two-factor.error.not-enabled");
		}
		List<String> codes = newRecoveryCodes(accountId);
		audit.record("two-factor.recovery-codes-regenerated", "account", accountId);
		return codes;
	}

	/** Turns two-factor off; a current code from the app (or a recovery code) proves it is the owner asking. */
	public void disable(String code) {
		long accountId = currentAccountId();
		TwoFactorCredential credential = credentials.findByAccountId(accountId)
			.filter(TwoFactorCredential::isEnabled)
			.orElseThrow(() -> new DomainException("two-factor.error.not-enabled"));
		if (!verify(accountId, credential, code).accepted()) {
			throw new DomainException("two-factor.error.wrong-code");
		}
		recoveryCodes.deleteByAccountId(accountId);
		credentials.delete(credential);
		audit.record("two-factor.disabled", "account", accountId);
	}

	/** The second step of sign-in: a code from the app or an unused recovery code. */
	public SecondFactor verifySecondStep(String code) {
		long accountId = currentAccountId();
		TwoFactorCredential credential = credentials.findByAccountId(accountId)
			.filter(TwoFactorCredential::isEnabled)
			.orElseThrow(() -> new DomainException("two-factor.error.not-enabled"));
		SecondFactor result = verify(accountId, credential, code);
		if (!result.accepted()) {
			audit.record("two-factor.code-rejected", "account", accountId);
		}
		return result;
	}

	private SecondFactor verify(long accountId, TwoFactorCredential credential, String code) {
		String typed = code.strip();
		if (RecoveryCodeGenerator.looksLikeRecoveryCode(typed)) {
			Optional<RecoveryCode> recovery = recoveryCodes
				.findByAccountIdAndCodeHash(accountId, RecoveryCodeGenerator.hash(typed))
				.filter(unused -> !unused.isUsed());
			if (recovery.isEmpty()) {
				return SecondFactor.REJECTED;
			}
			recovery.get().use(now());
			audit.record("two-factor.recovery-code-used", "account", accountId,
					Map.of("remaining", recoveryCodes.countByAccountIdAndUsedAtIsNull(accountId)));
			return SecondFactor.RECOVERY_CODE;
		}
		OptionalLong step = Totp.verify(cipher.decrypt(accountId, credential.getSecretCiphertext()), typed, now(),
				credential.lastUsedStepOrMinimum());
		if (step.isEmpty()) {
			return SecondFactor.REJECTED;
		}
		credential.useStep(step.getAsLong());
		return SecondFactor.AUTHENTICATOR_CODE;
	}

	private List<String> newRecoveryCodes(long accountId) {
		recoveryCodes.deleteByAccountId(accountId);
		List<String> codes = generator.generate();
		codes.forEach(code -> recoveryCodes.save(new RecoveryCode(accountId, RecoveryCodeGenerator.hash(code))));
		return codes;
	}

	private TwoFactorEnrolment enrolment(long accountId, byte[] secret) {
		String email = accounts.findById(accountId).map(Account::getEmail).orElseThrow();
		String base32 = Base32.encode(secret);
		String label = encode(ISSUER + ":" + email);
		return new TwoFactorEnrolment(base32,
				"otpauth://totp/" + label + "?secret=" + base32 + "&issuer=" + encode(ISSUER));
	}

	private boolean isStaff(long accountId) {
		return grants.findEffective(List.of(accountId), now()).stream().anyMatch(grant -> grant.getRole().isStaff());
	}

	private Instant now() {
		return Instant.now(clock);
	}

	private static long currentAccountId() {
		return Actor.currentAccountId().orElseThrow(() -> new AccessDeniedException("No signed-in account"));
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20").replace("%3A", ":");
	}

}
