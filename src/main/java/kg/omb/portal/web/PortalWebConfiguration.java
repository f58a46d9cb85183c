package kg.omb.portal.web;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.LocaleResolver;

import kg.omb.shared.web.BufferedPages;
import kg.omb.shared.web.PublicPages;

@Configuration(proxyBeanMethods = false)
class PortalWebConfiguration {

	/** The public pages, feeds and the sitemap that carry an ETag and that anonymous visitors get from memory. */
	static final String[] RENDERED_PAGES = { "/", "/sections", "/sections/*", "/feeds/*", "/sitemap.xml",
			"/robots.txt", "/opendata", "/opendata/*", "/documents", "/documents/*", "/discussions", "/associations",
			"/associations/*", "/organizations", "/organizations/*", "/classifier", "/classifier/*", "/search",
			"/news", "/news/*", "/decisions", "/decisions/*" };

	@Bean
	PublicPages portalPublicPages() {
		return PublicPages.of("/sections", "/sections/*", "/feeds/**", "/sitemap.xml", "/robots.txt",
				"/opendata", "/opendata/*");
	}

	/**
	 * An ETag on every public page, feed and sitemap, so that a client that has the page already is answered 304
	 * without the body. Open data files and other downloads are streamed as they are written and left out.
	 */
	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> publicPageEtags() {
		var registration = new FilterRegistrationBean<ShallowEtagHeaderFilter>(new PublicPageEtags());
		registration.addUrlPatterns(RENDERED_PAGES);
		return registration;
	}

	@Bean
	@ConditionalOnBooleanProperty(name = "omb.portal.page-cache.enabled", matchIfMissing = true)
	RenderedPages renderedPages(PageCacheProperties properties) {
		return new RenderedPages(properties);
	}

	/** Outside the ETag filter, so that a page kept in memory keeps the ETag it was answered with. */
	@Bean
	@ConditionalOnBooleanProperty(name = "omb.portal.page-cache.enabled", matchIfMissing = true)
	FilterRegistrationBean<RenderedPageFilter> renderedPageFilter(RenderedPages pages, LocaleResolver locales,
			Clock clock) {
		var registration = new FilterRegistrationBean<>(new RenderedPageFilter(pages, locales, clock));
		registration.addUrlPatterns(RENDERED_PAGES);
		registration.setOrder(Ordered.LOWEST_PRECEDENCE - 1);
		return registration;
	}

	/** A file rather than a page: open data, PDFs, scans and attachments. */
	static boolean isDownload(HttpServletRequest request) {
		String uri = request.getRequestURI();
		return uri.endsWith(".csv") || uri.endsWith(".xlsx") || uri.endsWith(".json") || uri.endsWith(".pdf")
				|| uri.contains("/files/") || uri.endsWith("/scan");
	}

	static final class PublicPageEtags extends ShallowEtagHeaderFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
				FilterChain filterChain) throws ServletException, IOException {
			BufferedPages.mark(request);
			super.doFilterInternal(request, response, filterChain);
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			return isDownload(request);
		}

	}

}
