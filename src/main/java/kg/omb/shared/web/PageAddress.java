package kg.omb.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where a page lives on the portal, for its head: the canonical address of the language shown, the same page in
 * each of the three languages ({@code hreflang}, with the language-neutral address as {@code x-default}) and the
 * OpenGraph locale. Addresses are absolute, from the platform's public address ({@code omb.base-url}).
 */
public record PageAddress(String canonical, List<Alternate> alternates, String ogLocale) {

	/** The same page in another language. */
	public record Alternate(String hreflang, String href) {
	}

	/**
	 * @param baseUrl the platform's public address, without a trailing slash
	 * @param path the page's path within the portal
	 * @param query the page's query string without {@code lang}, or {@code null}
	 */
	static PageAddress of(String baseUrl, String path, String query, Locale shown) {
		UriComponentsBuilder page = UriComponentsBuilder.fromUriString(baseUrl).path(path).query(query);
		List<Alternate> alternates = new ArrayList<>();
		for (Locale language : Languages.SUPPORTED) {
			alternates.add(new Alternate(language.getLanguage(), in(page, language)));
		}
		alternates.add(new Alternate("x-default", page.build().toUriString()));
		return new PageAddress(in(page, shown), List.copyOf(alternates), ogLocale(shown));
	}

	private static String in(UriComponentsBuilder page, Locale language) {
		return page.cloneBuilder().replaceQueryParam("lang", language.getLanguage()).build().toUriString();
	}

	private static String ogLocale(Locale shown) {
		return switch (shown.getLanguage()) {
			case "ru" -> "ru_KG";
			case "en" -> "en_US";
			default -> "ky_KG";
		};
	}

}
