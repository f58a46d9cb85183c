package kg.omb.portal.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

import kg.omb.portal.web.RenderedPages.Key;
import kg.omb.portal.web.RenderedPages.Page;
import kg.omb.shared.Bishkek;
import kg.omb.shared.web.Languages;
import kg.omb.shared.web.OmbLocaleResolver;

/**
 * Serves an anonymous visitor's GET of a public page from {@link RenderedPages} when it is there, answering
 * {@code 304} to a client that holds the same ETag or a newer Last-Modified, and keeps what was rendered otherwise.
 * Only a page that is the same for every anonymous visitor is kept: answered {@code 200}, no session opened before
 * or while rendering, no cookie set but the language the visitor chose with {@code ?lang=}, which is set again from
 * here. A request for a page that another request is rendering waits for that one rather than render it again. A
 * signed-in person, anyone with a session, and htmx asking for part of a page always get it freshly rendered.
 */
final class RenderedPageFilter extends OncePerRequestFilter {

	/** Asks for a part of the page only, which htmx puts in place: such answers are rendered each time. */
	static final String HTMX_REQUEST = "HX-Request";

	/** The largest page kept; bigger ones are rendered each time. */
	static final int MAX_PAGE_BYTES = 2 * 1024 * 1024;

	/**
	 * How long a request waits for the same page that another one is rendering, rather than rendering it too: when
	 * a change drops every kept page, the visitors of a busy page share one rendering instead of all starting one.
	 */
	static final Duration RENDERING_WAIT = Duration.ofSeconds(5);

	private final RenderedPages pages;

	private final ConcurrentMap<Key, CompletableFuture<@Nullable Page>> rendering = new ConcurrentHashMap<>();

	private final LocaleResolver locales;

	private final Clock clock;

	RenderedPageFilter(RenderedPages pages, LocaleResolver locales, Clock clock) {
		this.pages = pages;
		this.locales = locales;
		this.clock = clock;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !HttpMethod.GET.matches(request.getMethod()) || request.getSession(false) != null
				|| request.getUserPrincipal() != null || request.getHeader(HttpHeaders.AUTHORIZATION) != null
				|| request.getHeader(HTMX_REQUEST) != null || PortalWebConfiguration.isDownload(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		@Nullable Locale chosen = chosenLanguage(request);
		Key key = new Key(address(request), chosen != null ? chosen : locales.resolveLocale(request),
				Bishkek.today(clock).toEpochDay());
		Page kept = pages.find(key);
		if (kept == null) {
			var mine = new CompletableFuture<@Nullable Page>();
			CompletableFuture<@Nullable Page> earlier = rendering.putIfAbsent(key, mine);
			if (earlier == null) {
				try {
					mine.complete(render(key, request, response, chain));
				}
				finally {
					rendering.remove(key, mine);
					mine.complete(null);
				}
				return;
			}
			kept = await(earlier);
			if (kept == null) {
				render(key, request, response, chain);
				return;
			}
		}
		if (chosen != null) {
			locales.setLocale(request, response, chosen);
		}
		serve(kept, request, response);
	}

	/** Renders the page for this request and keeps it when it may be; answers what was kept, or null. */
	private @Nullable Page render(Key key, HttpServletRequest request, HttpServletResponse response,
			FilterChain chain) throws ServletException, IOException {
		long generation = pages.generation();
		var rendered = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, rendered);
		Page page = null;
		if (keepable(request, rendered)) {
			page = new Page(rendered.getContentType(), rendered.getLocale(), headers(rendered),
					rendered.getContentAsByteArray(), generation);
			pages.keep(key, page);
		}
		rendered.copyBodyToResponse();
		return page;
	}

	/**
	 * The page another request is rendering for the same key, once it is done; null when it could not be kept or
	 * took longer than {@link #RENDERING_WAIT}, and this request renders it itself.
	 */
	private static @Nullable Page await(CompletableFuture<@Nullable Page> rendering) {
		try {
			return rendering.get(RENDERING_WAIT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			return null;
		}
		catch (ExecutionException | TimeoutException notThere) {
			return null;
		}
	}

	private static void serve(Page page, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		page.headers().forEach((name, values) -> {
			response.setHeader(name, values.get(0));
			values.stream().skip(1).forEach(value -> response.addHeader(name, value));
		});
		List<String> etag = page.headers().get(HttpHeaders.ETAG);
		long lastModified = lastModified(page);
		var exchange = new ServletWebRequest(request, response);
		boolean notModified = etag != null ? exchange.checkNotModified(etag.get(0), lastModified)
				: lastModified > 0 && exchange.checkNotModified(lastModified);
		if (notModified) {
			return;
		}
		response.setStatus(HttpServletResponse.SC_OK);
		if (page.contentType() != null) {
			response.setContentType(page.contentType());
		}
		response.setLocale(page.language());
		response.setContentLength(page.body().length);
		response.getOutputStream().write(page.body());
	}

	private static long lastModified(Page page) {
		List<String> values = page.headers().get(HttpHeaders.LAST_MODIFIED);
		if (values == null) {
			return -1;
		}
		var headers = new HttpHeaders();
		headers.set(HttpHeaders.LAST_MODIFIED, values.get(0));
		return headers.getLastModified();
	}

	private static boolean keepable(HttpServletRequest request, ContentCachingResponseWrapper rendered) {
		return rendered.getStatus() == HttpServletResponse.SC_OK && request.getSession(false) == null
				&& rendered.getContentSize() <= MAX_PAGE_BYTES && rendered.getHeaders(HttpHeaders.SET_COOKIE)
					.stream()
					.allMatch(cookie -> cookie.startsWith(OmbLocaleResolver.COOKIE + "="));
	}

	private static Map<String, List<String>> headers(HttpServletResponse rendered) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (String name : rendered.getHeaderNames()) {
			if (!HttpHeaders.SET_COOKIE.equalsIgnoreCase(name) && !HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)
					&& !HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) {
				headers.put(name, List.copyOf(rendered.getHeaders(name)));
			}
		}
		return headers;
	}

	/** The path and its parameters in a fixed order, so that {@code ?a=1&b=2} and {@code ?b=2&a=1} are one page. */
	private static String address(HttpServletRequest request) {
		var address = new StringBuilder(request.getRequestURI());
		char separator = '?';
		for (Map.Entry<String, String[]> parameter : new TreeMap<>(request.getParameterMap()).entrySet()) {
			for (String value : parameter.getValue()) {
				address.append(separator)
					.append(URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8))
					.append('=')
					.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
				separator = '&';
			}
		}
		return address.toString();
	}

	/** The language asked for with {@code ?lang=}, which the page is shown in and remembered by its cookie. */
	private static @Nullable Locale chosenLanguage(HttpServletRequest request) {
		String lang = request.getParameter("lang");
		return lang == null ? null : Languages.parse(lang).orElse(null);
	}

}
