package kg.omb.search;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** What search results can be narrowed by. */
public enum Facet {

	/** What the content is: a document, a clause, an OMB, an organisation... */
	TYPE,

	/** The kind of a document (standard, sample programme...). */
	KIND,

	/** The OMB it belongs to. */
	ASSOCIATION,

	/** Level of education (bachelor, secondary vocational...). */
	LEVEL,

	/** Direction or specialty of the classifier. */
	SPECIALTY,

	/** The year it refers to (entry into force, publication). */
	YEAR,

	/** Where it stands (in force, open for discussion...). */
	STATUS;

	/** The name used in addresses: {@code ?kind=...}. */
	public String parameter() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** How a value of this facet is kept in the index: {@code kind:STATE_STANDARD_HIGHER}. */
	public String term(String value) {
		return parameter() + ":" + value;
	}

	/** The values chosen in a listing's address ({@code ?kind=...&year=...}), one per facet, blank ones left out. */
	public static Map<Facet, String> chosenIn(Map<String, String> parameters) {
		Map<Facet, String> chosen = new EnumMap<>(Facet.class);
		for (Facet facet : values()) {
			String value = parameters.get(facet.parameter());
			if (value != null && !value.isBlank()) {
				chosen.put(facet, value.strip());
			}
		}
		return chosen;
	}

}
