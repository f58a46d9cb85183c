package kg.omb.portal.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Absolute addresses of the portal's pages, from its public address ({@code omb.base-url}), for feeds and sitemaps. */
@Component
class PortalLinks {

	private final String baseUrl;

	PortalLinks(@Value("${omb.base-url}") String baseUrl) {
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	String baseUrl() {
		return baseUrl;
	}

	String absolute(String path) {
		return baseUrl + path;
	}

}
