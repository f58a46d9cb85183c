package kg.omb.documents.api;

import org.jspecify.annotations.Nullable;

import kg.omb.shared.LocalizedText;

/** A name in Kyrgyz, Russian and English, as the API gives every name; a language not filled in is null. */
record Names(@Nullable String ky, @Nullable String ru, @Nullable String en) {

	static Names of(LocalizedText text) {
		return new Names(text.ky(), text.ru(), text.en());
	}

}
