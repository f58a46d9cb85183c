package kg.omb.association.web;

import java.util.Arrays;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import kg.omb.association.domain.DirectoryFilter;
import kg.omb.directory.Region;

/**
 * The OMB directory's filter as the GET form sends it: enlarged group, level, region of the base organisation, text
 * and whether closed (reorganised or dissolved) OMBs are shown. An unknown region is ignored, not an error: a link
 * typed by hand still lists something.
 */
public record DirectoryForm(@Nullable String group, @Nullable String level, @Nullable String region, @Nullable String q,
		@Nullable Boolean closed) {

	static final DirectoryForm EMPTY = new DirectoryForm(null, null, null, null, null);

	DirectoryFilter toFilter() {
		return new DirectoryFilter(group, level, regionValue(), q, includeClosed());
	}

	public boolean includeClosed() {
		return Boolean.TRUE.equals(closed);
	}

	public @Nullable Region regionValue() {
		if (region == null || region.isBlank()) {
			return null;
		}
		String wanted = region.strip().toUpperCase(Locale.ROOT);
		return Arrays.stream(Region.values()).filter(value -> value.name().equals(wanted)).findFirst().orElse(null);
	}

	public boolean isEmpty() {
		DirectoryFilter filter = toFilter();
		return filter.groupCode() == null && filter.levelCode() == null && filter.region() == null
				&& filter.query() == null && !filter.includeClosed();
	}

}
