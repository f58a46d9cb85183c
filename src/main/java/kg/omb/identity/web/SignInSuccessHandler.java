package kg.omb.identity.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

import kg.omb.identity.domain.SignedInAccount;
import kg.omb.shared.web.OmbLocaleResolver;

/**
 * After signing in, the pages speak the account's language (it wins over the switcher's cookie and the browser),
 * and the person goes on to the page they had asked for. An account that must change its password is sent to do
 * so by {@link PasswordChangeRequiredFilter}.
 */
@Component
class SignInSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		if (authentication.getPrincipal() instanceof SignedInAccount account) {
			request.getSession().setAttribute(OmbLocaleResolver.SESSION_ATTRIBUTE, account.language());
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

}
