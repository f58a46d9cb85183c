package kg.omb.audit;

import java.security.Principal;
import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import kg.omb.shared.AccountPrincipal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/** A signed-in person for MockMvc requests: an account principal, as the identity module's sign-in makes one. */
public final class SignedIn {

	private SignedIn() {
	}

	public static RequestPostProcessor as(String role) {
		return authentication(token(new Person(7, "Айгүл Токтогулова", "aigul@omb.local"), role));
	}

	public static UsernamePasswordAuthenticationToken token(Person person, String role) {
		return UsernamePasswordAuthenticationToken.authenticated(person, null,
				List.of(new SimpleGrantedAuthority("ROLE_" + role)));
	}

	public record Person(long accountId, String displayName, String email) implements AccountPrincipal, Principal {

		@Override
		public String getName() {
			return email;
		}

	}

}
