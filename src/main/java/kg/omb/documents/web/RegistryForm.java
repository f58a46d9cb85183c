package kg.omb.documents.web;

import java.util.Arrays;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.web.util.UriComponentsBuilder;

import kg.omb.documents.DocumentFilter;
import kg.omb.documents.DocumentKind;
import kg.omb.documents.DocumentStatus;
import kg.omb.shared.Strings;

/**
 * The registry's filter as the GET form sends it: kind, level, specialty code, OMB, status, year of entry into
 * force and the page (from 0). Unknown values are ignored, not errors: a link typed by hand still lists something.
 */
public record RegistryForm(@Nullable String kind, @Nullable String level, @Nullable String specialty, @Nullable Long omb,
		@Nullable String status, @Nullable Integer year, @Nullable Integer page) {

	static final int PAGE_SIZE = 20;

	DocumentFilter toFilter() {
		return new DocumentFilter(kindValue(), Strings.blankToNull(level), Strings.blankToNull(specialty), omb,
				statusValue(), year);
	}

	public int pageNumber() {
		return page == null || page < 0 ? 0 : page;
	}

	public @Nullable DocumentKind kindValue() {
		return value(DocumentKind.values(), kind);
	}

	public @Nullable DocumentStatus statusValue() {
		return value(DocumentStatus.values(), status);
	}

	/** The registry's address with this filter on another page. */
	public String link(int pageNumber) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/documents");
		param(uri, "kind", kind);
		param(uri, "level", level);
		param(uri, "specialty", specialty);
		param(uri, "omb", omb);
		param(uri, "status", status);
		param(uri, "year", year);
		if (pageNumber > 0) {
			uri.queryParam("page", pageNumber);
		}
		return uri.encode().build().toUriString();
	}

	private static void param(UriComponentsBuilder uri, String name, @Nullable Object value) {
		if (value != null && !value.toString().isBlank()) {
			uri.queryParam(name, value.toString().strip());
		}
	}

	private static <E extends Enum<E>> @Nullable E value(E[] values, @Nullable String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		String wanted = name.strip().toUpperCase(Locale.ROOT);
		return Arrays.stream(values).filter(value -> value.name().equals(wanted)).findFirst().orElse(null);
	}

}
