package kg.omb.portal.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

import kg.omb.shared.web.BufferedPages;
import kg.omb.shared.web.PublicPages;

@Configuration(proxyBeanMethods = false)
class PortalWebConfiguration {

	@Bean
	PublicPages portalPublicPages() {
		return PublicPages.of("/sections", "/sections/*", "/feeds/**", "/sitemap.xml", "/robots.txt",
				"/opendata", "/opendata/*");
	}

	/**
	 * An ETag on every public page, feed and sitemap, so that a client that has the page already is answered 304
	 * without the body. Open data files are streamed as they are written and left out.
	 */
	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> publicPageEtags() {
		var registration = new FilterRegistrationBean<ShallowEtagHeaderFilter>(new PublicPageEtags());
		registration.addUrlPatterns("/", "/sections", "/sections/*", "/feeds/*", "/sitemap.xml", "/robots.txt",
				"/opendata", "/opendata/*", "/documents", "/documents/*", "/discussions", "/associations",
				"/associations/*", "/organizations", "/organizations/*", "/classifier", "/classifier/*", "/search");
		return registration;
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
			String uri = request.getRequestURI();
			return uri.endsWith(".csv") || uri.endsWith(".xlsx")
					|| uri.endsWith(".json") || uri.endsWith(".pdf") || uri.contains("/files/")
					|| uri.endsWith("/scan");
		}

	}

}
