package kg.omb.directory.domain;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import kg.omb.directory.EducationSector;
import kg.omb.directory.OrganizationKind;
import kg.omb.directory.Region;

/** What the public list of organisations is narrowed to; any part may be left out. */
public record OrganizationFilter(@Nullable OrganizationKind kind, @Nullable Region region,
		@Nullable EducationSector sector, @Nullable String query) {

	public static final OrganizationFilter ALL = new OrganizationFilter(null, null, null, null);

	/** The search text in lower case, trimmed; empty when there is none. */
	public String normalizedQuery() {
		return query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
	}

}
