package kg.omb.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Marks a request whose whole response is buffered before it is sent (to compute its ETag, say). Such a page can
 * create a session while it renders; any other page must do so before its first bytes leave, so the layout loads the
 * CSRF token in its head there. A buffered page that an anonymous visitor reads then carries no per-request token
 * and is the same bytes for everyone.
 */
public final class BufferedPages {

	static final String ATTRIBUTE = BufferedPages.class.getName();

	private BufferedPages() {
	}

	public static void mark(HttpServletRequest request) {
		request.setAttribute(ATTRIBUTE, Boolean.TRUE);
	}

	public static boolean isBuffered(HttpServletRequest request) {
		return Boolean.TRUE.equals(request.getAttribute(ATTRIBUTE));
	}

}
