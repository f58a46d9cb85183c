package kg.omb.news.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import kg.omb.association.Associations;
import kg.omb.shared.LocalizedText;

/** The names of the OMBs a page mentions, each looked up once; {@code null} for news of the whole portal. */
final class OmbNames {

	private final Associations associations;

	private final Map<Long, LocalizedText> names = new HashMap<>();

	OmbNames(Associations associations) {
		this.associations = associations;
	}

	public @Nullable String of(@Nullable Long associationId, Locale locale) {
		if (associationId == null) {
			return null;
		}
		LocalizedText name = names.computeIfAbsent(associationId, id -> associations.find(id)
			.map(omb -> omb.name())
			.orElseGet(() -> new LocalizedText(String.valueOf(id), null, null)));
		return name.in(locale);
	}

}
