package kg.omb.notifications.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import kg.omb.shared.LocalizedText;

import static org.assertj.core.api.Assertions.assertThat;

class NoticeArgumentsTests {

	private static final Locale KY = Locale.forLanguageTag("ky");

	private static final Locale RU = Locale.forLanguageTag("ru");

	private static final Locale EN = Locale.forLanguageTag("en");

	@Test
	void localizedTextIsShownInTheReadersLanguage() {
		String json = NoticeArguments.toJson(List.of(LocalizedText.of("Педагогика", "Педагогика (рус.)", "Pedagogy")));
		assertThat(NoticeArguments.resolve(json, EN)).containsExactly("Pedagogy");
		assertThat(NoticeArguments.resolve(json, RU)).containsExactly("Педагогика (рус.)");
	}

	@Test
	void localizedTextMissingInTheReadersLanguageFallsBackKyrgyzFirst() {
		String json = NoticeArguments.toJson(List.of(LocalizedText.of("Кыргызча гана", null, null)));
		assertThat(NoticeArguments.resolve(json, EN)).containsExactly("Кыргызча гана");
	}

	@Test
	void momentsAreShownInBishkekTime() {
		String json = NoticeArguments.toJson(List.of(Instant.parse("2026-11-29T20:47:00Z")));
		assertThat((String) NoticeArguments.resolve(json, RU)[0]).contains("30 ноября 2026").contains("02:47");
		assertThat((String) NoticeArguments.resolve(json, EN)[0]).contains("November 30, 2026").contains("2:47");
	}

	@Test
	void textNumbersAndDatesSurviveStorage() {
		String json = NoticeArguments
			.toJson(List.of("Ош МУ", 42, 7_000_000_000L, new BigDecimal("2.50"), LocalDate.parse("2026-03-05")));
		Object[] resolved = NoticeArguments.resolve(json, KY);
		assertThat(resolved[0]).isEqualTo("Ош МУ");
		assertThat(resolved[1]).hasToString("42");
		assertThat(resolved[2]).hasToString("7000000000");
		assertThat(resolved[3]).isEqualTo(new BigDecimal("2.50"));
		assertThat((String) resolved[4]).contains("2026").contains("март");
	}

}
