package kg.omb.association.domain;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import kg.omb.directory.Region;
import kg.omb.shared.Strings;

/**
 * What a visitor narrows the OMB directory to: an enlarged group, a level of training, the region of the base
 * organisation, and free text matched against the names (in every language) and the classifier codes covered.
 */
public record DirectoryFilter(@Nullable String groupCode, @Nullable String levelCode, @Nullable Region region,
		@Nullable String query, boolean includeClosed) {

	public static final DirectoryFilter ALL = new DirectoryFilter(null, null, null, null, false);

	public DirectoryFilter {
		groupCode = Strings.blankToNull(groupCode);
		levelCode = Strings.blankToNull(levelCode);
		query = Strings.blankToNull(query);
	}

	String normalizedQuery() {
		return query == null ? "" : query.toLowerCase(Locale.ROOT);
	}

}
