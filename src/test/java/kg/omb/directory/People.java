package kg.omb.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import kg.omb.support.TestAccount;

/**
 * Signed-in people of the directory's tests, shaped as the identity module signs them in: {@code ROLE_X} and, for a
 * scoped grant, {@code X@SCOPE:id}.
 */
public final class People {

	private People() {
	}

	public static Authentication admin() {
		return person(1, "ROLE_ADMIN", "ADMIN@PLATFORM");
	}

	public static Authentication officer(long authorityId) {
		return person(100 + authorityId, "ROLE_AUTHORITY_OFFICER", "AUTHORITY_OFFICER@AUTHORITY:" + authorityId);
	}

	public static Authentication representative(long organizationId) {
		return person(1000 + organizationId, "ROLE_ORG_REPRESENTATIVE", "ORG_REPRESENTATIVE@ORGANIZATION:" + organizationId);
	}

	public static Authentication participant() {
		return person(9, "ROLE_PARTICIPANT");
	}

	public static Authentication anonymous() {
		return new AnonymousAuthenticationToken("test", "anonymousUser",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
	}

	public static Authentication person(long accountId, String... authorities) {
		List<GrantedAuthority> granted = new ArrayList<>();
		for (String authority : authorities) {
			granted.add(new SimpleGrantedAuthority(authority));
		}
		var principal = new TestAccount(accountId, "person" + accountId + "@omb.test", "Тест " + accountId);
		return UsernamePasswordAuthenticationToken.authenticated(principal, null, granted);
	}

	/** Runs the work as the person, and signs them out again. */
	public static <T> T as(Authentication person, Supplier<T> work) {
		var previous = SecurityContextHolder.getContext().getAuthentication();
		SecurityContextHolder.getContext().setAuthentication(person);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
	}

	public static void as(Authentication person, Runnable work) {
		as(person, () -> {
			work.run();
			return null;
		});
	}

}
