package kg.omb.identity.web;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A person using the site from one browser and one client address: keeps the session cookie (sessions live in the
 * shared JDBC store, so the cookie is what carries them) and sends every request from the same address.
 */
final class Visitor {

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	private final MockMvcTester mvc;

	private final String address;

	private Cookie session;

	private String language;

	Visitor(MockMvcTester mvc, String address) {
		this.mvc = mvc;
		this.address = address;
	}

	/** A visitor from an address no other test uses, so that per-address throttling never mixes tests up. */
	static Visitor fresh(MockMvcTester mvc) {
		int n = ADDRESSES.incrementAndGet();
		return new Visitor(mvc, "10.77." + (n / 250) + "." + (n % 250 + 1));
	}

	Visitor speaking(String acceptLanguage) {
		this.language = acceptLanguage;
		return this;
	}

	MvcTestResult get(String uri) {
		return send(mvc.get().uri(uri));
	}

	MvcTestResult htmx(String uri) {
		return send(mvc.get().uri(uri).header("HX-Request", "true"));
	}

	MvcTestResult post(String uri, Map<String, String> parameters) {
		MockMvcRequestBuilder request = mvc.post().uri(uri).with(csrf());
		parameters.forEach(request::param);
		return send(request);
	}

	MvcTestResult signIn(String email, String password) {
		return post("/login", Map.of("email", email, "password", password));
	}

	/** Signs in with a refused password and answers the sign-in page the browser is sent back to. */
	String failToSignIn(String email, String password) {
		MvcTestResult result = signIn(email, password);
		String location = result.getResponse().getRedirectedUrl();
		if (!"/login?error".equals(location)) {
			throw new AssertionError("Expected to be sent back to /login?error, but was sent to " + location);
		}
		return signInPageAfterFailure();
	}

	/** The sign-in page as shown after a refused attempt (the reasons travel in the session). */
	String signInPageAfterFailure() {
		return text(get("/login?error"));
	}

	static String text(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException exception) {
			throw new IllegalStateException(exception);
		}
	}

	String address() {
		return address;
	}

	private MvcTestResult send(MockMvcRequestBuilder request) {
		request.with(servletRequest -> {
			servletRequest.setRemoteAddr(address);
			return servletRequest;
		});
		request.accept(MediaType.TEXT_HTML);
		if (session != null) {
			request.cookie(session);
		}
		if (language != null) {
			request.header("Accept-Language", language);
		}
		MvcTestResult result = request.exchange();
		Cookie issued = result.getResponse().getCookie("SESSION");
		if (issued != null) {
			session = issued.getMaxAge() == 0 ? null : issued;
		}
		return result;
	}

}
