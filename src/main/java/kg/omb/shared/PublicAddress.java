package kg.omb.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The platform's public address ({@code omb.base-url}, without a trailing slash) and absolute addresses of its pages,
 * for what is read outside the browser's page: e-mails, feeds, sitemaps, open data, canonical links.
 */
@Component
public class PublicAddress {

	private final String baseUrl;

	public PublicAddress(@Value("${omb.base-url}") String baseUrl) {
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	public String baseUrl() {
		return baseUrl;
	}

	/** The absolute address of a path within the portal ({@code /documents/7}). */
	public String of(String path) {
		return baseUrl + path;
	}

}
