package kg.omb.identity.domain;

import java.util.Locale;

import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.audit.AuditLog;
import kg.omb.shared.NotFoundException;
import kg.omb.shared.web.LanguageChosen;

/** What a signed-in person changes on their own account: the password and the language. */
@Service
@Transactional
public class AccountSettings {

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	private final AuditLog audit;

	AccountSettings(AccountRepository accounts, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
			AuditLog audit) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public OwnAccount details(long accountId) {
		Account account = find(accountId);
		return new OwnAccount(account.id(), account.getEmail(), account.getDisplayName(),
				account.getStakeholderKind(), account.getLanguage(), account.isPasswordChangeRequired());
	}

	/**
	 * Sets a new password the owner chose, after checking the current one; clears a demand to change it. (The web
	 * layer then ends the person's other sessions.)
	 */
	public void changePassword(long accountId, String currentPassword, String newPassword) {
		Account account = find(accountId);
		if (!passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			throw new RejectedInput("currentPassword", "account.error.current-password-wrong");
		}
		if (passwordEncoder.matches(newPassword, account.getPasswordHash())) {
			throw new RejectedInput("newPassword", "account.error.password-unchanged");
		}
		passwordPolicy.require(newPassword, account.getEmail(), "newPassword");
		account.changePassword(passwordEncoder.encode(newPassword), true);
		audit.record("account.password-changed", "account", account.id());
	}

	public void chooseLanguage(long accountId, Locale language) {
		find(accountId).chooseLanguage(language);
	}

	/** The language switcher, used by a signed-in person, changes the account's language too. */
	@EventListener
	public void on(LanguageChosen chosen) {
		accounts.findById(chosen.accountId()).ifPresent(account -> account.chooseLanguage(chosen.language()));
	}

	private Account find(long accountId) {
		return accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account.error.not-found"));
	}

}
