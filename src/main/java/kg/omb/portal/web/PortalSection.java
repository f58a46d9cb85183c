package kg.omb.portal.web;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import kg.omb.search.Facet;

/**
 * The sections of the portal that §10.7 makes mandatory, each a listing of the public content that has the
 * section's facet values, newest first; {@code registry} is the module's own page with more to filter by, where
 * there is one.
 */
public enum PortalSection {

	DOCUMENTS_IN_FORCE("documents-in-force", "/documents", Facet.TYPE, "document", Facet.STATUS, "IN_FORCE"),
	LEGISLATION("legislation", null, Facet.TYPE, "document", Facet.KIND, "RECOMMENDATION_ON_NORMATIVE_ACTS"),
	INNOVATIVE_EXPERIENCE("innovative-experience", null, Facet.TYPE, "document", Facet.KIND,
			"INNOVATIVE_EXPERIENCE_MATERIAL"),
	DISCUSSIONS("discussions", "/discussions", Facet.TYPE, "document", Facet.STATUS, "PUBLIC_DISCUSSION"),
	LITERATURE("literature", null, Facet.TYPE, "literature"),
	REPORTS("reports", "/reports", Facet.TYPE, "report"),
	DECISIONS("decisions", "/decisions", Facet.TYPE, "decision"),
	ASSOCIATIONS("associations", "/associations", Facet.TYPE, "association");

	private final String slug;

	private final @Nullable String registry;

	private final Map<Facet, String> filters;

	PortalSection(String slug, @Nullable String registry, Object... facetsAndValues) {
		this.slug = slug;
		this.registry = registry;
		Map<Facet, String> filters = new EnumMap<>(Facet.class);
		for (int i = 0; i < facetsAndValues.length; i += 2) {
			filters.put((Facet) facetsAndValues[i], (String) facetsAndValues[i + 1]);
		}
		this.filters = Map.copyOf(filters);
	}

	static Optional<PortalSection> bySlug(String slug) {
		return Arrays.stream(values()).filter(section -> section.slug.equals(slug)).findFirst();
	}

	public String slug() {
		return slug;
	}

	public String path() {
		return "/sections/" + slug;
	}

	@Nullable
	public String registry() {
		return registry;
	}

	/** What every entry of the section has; the visitor narrows it further by the other facets. */
	Map<Facet, String> filters() {
		return filters;
	}

	/** The section's own filters with those the visitor chose; the section's cannot be overridden. */
	Map<Facet, String> filtersWith(Map<Facet, String> chosen) {
		Map<Facet, String> all = new EnumMap<>(Facet.class);
		all.putAll(chosen);
		all.putAll(filters);
		return all;
	}

	/** The key of the section's name; {@code .lead} and {@code .empty} follow it. */
	public String messageKey() {
		return "portal.section." + slug;
	}

}
