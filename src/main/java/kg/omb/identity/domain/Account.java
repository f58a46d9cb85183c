package kg.omb.identity.domain;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import kg.omb.identity.AccountView;
import kg.omb.shared.BaseEntity;
import kg.omb.shared.DomainException;
import kg.omb.shared.web.Languages;

/** A person's account: e-mail (the sign-in name), name, password hash, language and status. */
@Entity
@Table(name = "account")
public class Account extends BaseEntity {

	@Column(nullable = false, unique = true)
	private String email;

	@Column(name = "display_name", nullable = false)
	private String displayName;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AccountStatus status;

	@Column(nullable = false, length = 8)
	private String language;

	@Enumerated(EnumType.STRING)
	@Column(name = "stakeholder_kind")
	private @Nullable StakeholderKind stakeholderKind;

	@Column(name = "password_change_required", nullable = false)
	private boolean passwordChangeRequired;

	@Column(name = "email_verified_at")
	private @Nullable Instant emailVerifiedAt;

	@Column(name = "deactivated_at")
	private @Nullable Instant deactivatedAt;

	protected Account() {
		this.email = "";
		this.displayName = "";
		this.passwordHash = "";
		this.status = AccountStatus.PENDING_VERIFICATION;
		this.language = Languages.DEFAULT.getLanguage();
	}

	private Account(String email, String displayName, String passwordHash, AccountStatus status, Locale language) {
		this.email = normalizeEmail(email);
		this.displayName = displayName.strip();
		this.passwordHash = passwordHash;
		this.status = status;
		this.language = Languages.parse(language.getLanguage()).orElse(Languages.DEFAULT).getLanguage();
	}

	/** Staff accounts are created by an administrator (or at start-up) and are active at once. */
	public static Account staff(String email, String displayName, String passwordHash, Locale language,
			Instant now) {
		var account = new Account(email, displayName, passwordHash, AccountStatus.ACTIVE, language);
		account.emailVerifiedAt = now;
		return account;
	}

	/** A self-registered participant, who must confirm the e-mail address before signing in. */
	public static Account participant(String email, String displayName, String passwordHash, Locale language,
			StakeholderKind kind) {
		var account = new Account(email, displayName, passwordHash, AccountStatus.PENDING_VERIFICATION, language);
		account.stakeholderKind = kind;
		return account;
	}

	public static String normalizeEmail(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	public void verifyEmail(Instant now) {
		if (status == AccountStatus.DEACTIVATED) {
			throw new DomainException("account.error.deactivated");
		}
		if (status == AccountStatus.PENDING_VERIFICATION) {
			status = AccountStatus.ACTIVE;
			emailVerifiedAt = now;
		}
	}

	/** Sets a new password hash; a password the person chose themselves clears the demand to change it. */
	public void changePassword(String newPasswordHash, boolean chosenByOwner) {
		this.passwordHash = newPasswordHash;
		this.passwordChangeRequired = !chosenByOwner;
	}

	/** The same password hashed anew (a stronger algorithm or cost); whether it must be changed stays as it was. */
	public void rehashPassword(String newPasswordHash) {
		this.passwordHash = newPasswordHash;
	}

	/**
	 * A new password set through a link mailed to the owner: it proves the address as well, so a registration still
	 * waiting for confirmation becomes active. Answers whether it did.
	 */
	public boolean resetPassword(String newPasswordHash, Instant now) {
		if (status == AccountStatus.DEACTIVATED) {
			throw new DomainException("account.error.deactivated");
		}
		changePassword(newPasswordHash, true);
		boolean verifiesEmail = status == AccountStatus.PENDING_VERIFICATION;
		verifyEmail(now);
		return verifiesEmail;
	}

	public boolean isPendingVerification() {
		return status == AccountStatus.PENDING_VERIFICATION;
	}

	public void requirePasswordChange() {
		this.passwordChangeRequired = true;
	}

	public void deactivate(Instant now) {
		if (status == AccountStatus.DEACTIVATED) {
			throw new DomainException("account.error.already-deactivated");
		}
		status = AccountStatus.DEACTIVATED;
		deactivatedAt = now;
	}

	public void reactivate() {
		if (status != AccountStatus.DEACTIVATED) {
			throw new DomainException("account.error.not-deactivated");
		}
		status = emailVerifiedAt == null ? AccountStatus.PENDING_VERIFICATION : AccountStatus.ACTIVE;
		deactivatedAt = null;
	}

	public void chooseLanguage(Locale locale) {
		this.language = Languages.parse(locale.getLanguage()).orElse(Languages.DEFAULT).getLanguage();
	}

	public void rename(String displayName) {
		this.displayName = displayName.strip();
	}

	public boolean isActive() {
		return status == AccountStatus.ACTIVE;
	}

	public AccountView view() {
		return new AccountView(id(), email, displayName, getLanguage(), isActive());
	}

	public String getEmail() {
		return email;
	}

	public String getDisplayName() {
		return displayName;
	}

	public String getPasswordHash() {
		return passwordHash;
	}

	public AccountStatus getStatus() {
		return status;
	}

	public Locale getLanguage() {
		return Locale.forLanguageTag(language);
	}

	public @Nullable StakeholderKind getStakeholderKind() {
		return stakeholderKind;
	}

	public boolean isPasswordChangeRequired() {
		return passwordChangeRequired;
	}

	public @Nullable Instant getEmailVerifiedAt() {
		return emailVerifiedAt;
	}

	public @Nullable Instant getDeactivatedAt() {
		return deactivatedAt;
	}

}
