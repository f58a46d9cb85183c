package kg.omb.files.domain;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import kg.omb.files.FileAccessPolicy;
import kg.omb.files.StoredFile;
import kg.omb.shared.Actor;

/**
 * Administrators of the platform may read every file. The role is the signed-in person's, so it applies when the
 * actor asking is the person signed in now.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class AdministratorsMayRead implements FileAccessPolicy {

	/** The authority of the identity module's {@code Role.ADMIN}. */
	static final String ADMINISTRATOR = "ROLE_ADMIN";

	@Override
	public boolean mayRead(StoredFile file, Actor actor) {
		Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
		return signedIn != null && signedIn.isAuthenticated() && signedIn.getName().equals(actor.name())
				&& signedIn.getAuthorities().stream().anyMatch(authority -> ADMINISTRATOR.equals(authority.getAuthority()));
	}

}
