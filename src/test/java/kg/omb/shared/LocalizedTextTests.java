package kg.omb.shared;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocalizedTextTests {

	static final Locale KY = Locale.forLanguageTag("ky");

	static final Locale RU = Locale.forLanguageTag("ru");

	static final Locale EN = Locale.ENGLISH;

	@Test
	void showsTheRequestedLanguageWhenItIsFilled() {
		var text = LocalizedText.of("Экономика", "Экономика (ru)", "Economics");
		assertThat(text.resolve(EN)).isEqualTo(new LocalizedText.Resolved("Economics", "en", false));
		assertThat(text.resolve(KY).text()).isEqualTo("Экономика");
	}

	@Test
	void fallsBackFromKyrgyzToRussianToEnglishAndSaysSo() {
		assertThat(new LocalizedText(null, "Право", "Law").resolve(KY))
			.isEqualTo(new LocalizedText.Resolved("Право", "ru", true));
		assertThat(new LocalizedText("Укук", null, null).resolve(EN))
			.isEqualTo(new LocalizedText.Resolved("Укук", "ky", true));
		assertThat(new LocalizedText(null, null, "Law").resolve(RU))
			.isEqualTo(new LocalizedText.Resolved("Law", "en", true));
	}

	@Test
	void blankTextCountsAsMissing() {
		var text = new LocalizedText("  ", "Право", "");
		assertThat(text.ky()).isNull();
		assertThat(text.en()).isNull();
		assertThat(text.resolve(KY).fallback()).isTrue();
		assertThat(new LocalizedText(" ", null, null).isEmpty()).isTrue();
	}

}
