package kg.omb.identity.domain;

import java.io.Serial;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import kg.omb.identity.Role;
import kg.omb.identity.ScopedRoleAuthority;
import kg.omb.shared.AccountPrincipal;

/**
 * The signed-in person as Spring Security and every module see them: the account, its language, whether it must
 * change its password, and its authorities ({@code ROLE_OMB_CHAIR} and {@code OMB_CHAIR@ASSOCIATION:7} for each
 * effective grant; {@code ROLE_PARTICIPANT} for an account without any). Kept in the shared session store, hence
 * serializable; the password hash is erased once the sign-in has checked it.
 */
public final class SignedInAccount implements UserDetails, CredentialsContainer, AccountPrincipal {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long accountId;

	private final String email;

	private final String displayName;

	private @Nullable String passwordHash;

	private final AccountStatus status;

	private final Locale language;

	private final boolean passwordChangeRequired;

	private final List<GrantedAuthority> authorities;

	private SignedInAccount(long accountId, String email, String displayName, @Nullable String passwordHash,
			AccountStatus status, Locale language, boolean passwordChangeRequired,
			List<GrantedAuthority> authorities) {
		this.accountId = accountId;
		this.email = email;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.status = status;
		this.language = language;
		this.passwordChangeRequired = passwordChangeRequired;
		this.authorities = List.copyOf(authorities);
	}

	static SignedInAccount of(Account account, Collection<RoleGrant> effectiveGrants) {
		Set<GrantedAuthority> authorities = new LinkedHashSet<>();
		for (RoleGrant grant : effectiveGrants) {
			authorities.add(new SimpleGrantedAuthority(grant.getRole().authority()));
		}
		for (RoleGrant grant : effectiveGrants) {
			authorities.add(new ScopedRoleAuthority(grant.scopedRole()));
		}
		if (effectiveGrants.isEmpty()) {
			authorities.add(new SimpleGrantedAuthority(Role.PARTICIPANT.authority()));
		}
		return new SignedInAccount(account.id(), account.getEmail(), account.getDisplayName(),
				account.getPasswordHash(), account.getStatus(), account.getLanguage(),
				account.isPasswordChangeRequired(), new ArrayList<>(authorities));
	}

	/** The same person after choosing a new password. */
	public SignedInAccount withPasswordChosen() {
		return new SignedInAccount(accountId, email, displayName, null, status, language, false, authorities);
	}

	@Override
	public long accountId() {
		return accountId;
	}

	@Override
	public String displayName() {
		return displayName;
	}

	/** For templates: {@code principal.displayName}. */
	public String getDisplayName() {
		return displayName;
	}

	public String email() {
		return email;
	}

	public AccountStatus status() {
		return status;
	}

	public Locale language() {
		return language;
	}

	public boolean passwordChangeRequired() {
		return passwordChangeRequired;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return authorities;
	}

	@Override
	public @Nullable String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public boolean isEnabled() {
		return status == AccountStatus.ACTIVE;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SignedInAccount that && that.accountId == accountId;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(accountId);
	}

	@Override
	public String toString() {
		return "SignedInAccount[" + accountId + ", " + email + "]";
	}

}
