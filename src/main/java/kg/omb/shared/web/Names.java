package kg.omb.shared.web;

import org.jspecify.annotations.Nullable;

import kg.omb.shared.LocalizedText;

/**
 * A name in Kyrgyz, Russian and English, as every module's REST API gives a name: the same three members always,
 * a language not filled in is null.
 */
public record Names(@Nullable String ky, @Nullable String ru, @Nullable String en) {

	public static Names of(LocalizedText text) {
		return new Names(text.ky(), text.ru(), text.en());
	}

	public static @Nullable Names ofNullable(@Nullable LocalizedText text) {
		return text == null ? null : of(text);
	}

}
