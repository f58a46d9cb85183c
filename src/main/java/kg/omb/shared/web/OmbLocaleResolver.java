package kg.omb.shared.web;

import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.web.servlet.LocaleResolver;

import kg.omb.shared.Actor;

/**
 * Picks the language of a request: the signed-in account's setting (put in the session at login), else the cookie
 * set by the switcher, else the browser's Accept-Language, else Kyrgyz.
 */
public class OmbLocaleResolver implements LocaleResolver {

	/** Session attribute holding the signed-in account's language. */
	public static final String SESSION_ATTRIBUTE = OmbLocaleResolver.class.getName() + ".LOCALE";

	public static final String COOKIE = "omb-lang";

	/** The language chosen during this very request, which its own page is already shown in. */
	private static final String REQUEST_ATTRIBUTE = OmbLocaleResolver.class.getName() + ".CHOSEN";

	private static final int COOKIE_MAX_AGE = 365 * 24 * 60 * 60;

	private final ApplicationEventPublisher events;

	public OmbLocaleResolver(ApplicationEventPublisher events) {
		this.events = events;
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		if (request.getAttribute(REQUEST_ATTRIBUTE) instanceof Locale chosenNow) {
			return chosenNow;
		}
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof Locale locale) {
			return locale;
		}
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (COOKIE.equals(cookie.getName())) {
					var chosen = Languages.parse(cookie.getValue());
					if (chosen.isPresent()) {
						return chosen.get();
					}
				}
			}
		}
		if (request.getHeader("Accept-Language") == null) {
			return Languages.DEFAULT;
		}
		var accepted = request.getLocales();
		while (accepted.hasMoreElements()) {
			var candidate = Languages.parse(accepted.nextElement().toLanguageTag());
			if (candidate.isPresent()) {
				return candidate.get();
			}
		}
		return Languages.DEFAULT;
	}

	@Override
	public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response,
			@Nullable Locale locale) {
		Locale chosen = locale == null ? Languages.DEFAULT
				: Languages.parse(locale.toLanguageTag()).orElse(Languages.DEFAULT);
		request.setAttribute(REQUEST_ATTRIBUTE, chosen);
		if (response != null) {
			Cookie cookie = new Cookie(COOKIE, chosen.getLanguage());
			cookie.setPath("/");
			cookie.setMaxAge(COOKIE_MAX_AGE);
			cookie.setHttpOnly(true);
			cookie.setSecure(request.isSecure());
			cookie.setAttribute("SameSite", "Lax");
			response.addCookie(cookie);
		}
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.setAttribute(SESSION_ATTRIBUTE, chosen);
		}
		Actor.currentAccountId().ifPresent(accountId -> events.publishEvent(new LanguageChosen(accountId, chosen)));
	}

}
