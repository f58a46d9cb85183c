package kg.omb.shared;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import static org.assertj.core.api.Assertions.assertThat;

/** The page marks a title shown in another language than the reader's, and tags it with that language. */
@SpringBootTest
class LocalizedTextFragmentTests {

	@Autowired
	ITemplateEngine templates;

	@Test
	void textInTheReadersLanguageIsShownPlainly() {
		String html = render(LocalizedText.of("Укук", "Право", "Law"), Locale.forLanguageTag("ru"));
		assertThat(html).contains("Право").doesNotContain("fallback-mark").doesNotContain("lang=");
	}

	@Test
	void fallbackIsMarkedAndTaggedWithItsLanguage() {
		String html = render(new LocalizedText("Укук", "Право", null), Locale.ENGLISH);
		assertThat(html).contains("<span lang=\"ky\">Укук</span>").contains("fallback-mark").contains(">ky<");
	}

	private String render(LocalizedText value, Locale locale) {
		var context = new Context(locale, Map.of("value", value));
		return templates.process("test/localized", context).replaceAll("\\s+", " ");
	}

}
