package kg.omb.search;

import java.util.regex.Pattern;

import kg.omb.shared.LocalizedText;

/**
 * A value an entry can be filtered by, with its label in the three languages: {@code facet} is one of the
 * {@link Facet} names, {@code value} a code such as {@code STATE_STANDARD_HIGHER}, {@code 580100} or {@code 2026}.
 */
public record FacetValue(Facet facet, String value, LocalizedText label) {

	private static final Pattern VALUE = Pattern.compile("[\\p{L}\\p{N}_.-]{1,64}");

	public FacetValue {
		if (!VALUE.matcher(value).matches()) {
			throw new IllegalArgumentException("Invalid facet value: " + value);
		}
	}

	public static FacetValue of(Facet facet, String value, LocalizedText label) {
		return new FacetValue(facet, value, label);
	}

	/** How the value is kept in the index: {@code kind:STATE_STANDARD_HIGHER}. */
	public String term() {
		return facet.term(value);
	}

}
