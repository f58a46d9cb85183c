package kg.omb.notifications.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

import kg.omb.shared.PublicAddress;

import static org.assertj.core.api.Assertions.assertThat;

/** Every e-mail renders in every language with every text from the bundles, in both its parts. */
class MailTemplatesTests {

	static final MailTemplates TEMPLATES = new MailTemplates(messages(), new PublicAddress("https://omb.edu.kg/"));

	@ParameterizedTest
	@CsvSource({ "ky, Электрондук почтаңыздын дарегин ырастаңыз, Саламатсызбы",
			"ru, Подтвердите адрес электронной почты, Здравствуйте", "en, Confirm your e-mail address, Hello" })
	void theAddressConfirmationIsWrittenInTheRecipientsLanguage(String language, String subject, String greeting) {
		Recipient recipient = new Recipient("a@example.kg", "Асель", Locale.forLanguageTag(language));
		RenderedMail mail = TEMPLATES.render("verify-email", recipient,
				TEMPLATES.message("mail.verify-email.subject", recipient.language()),
				Map.of("link", "https://omb.edu.kg/register/confirm?token=a&b",
						"expiresAt", BishkekTime.dateTime(Instant.parse("2026-05-01T06:00:00Z"), recipient.language())));

		assertThat(mail.subject()).isEqualTo(subject);
		assertThat(mail.text()).startsWith(greeting)
			.contains("https://omb.edu.kg/register/confirm?token=a&b")
			.doesNotContain("<")
			.doesNotContain("??");
		assertThat(mail.html()).contains("<html lang=\"" + language + "\"")
			.contains("<title>" + subject + "</title>")
			.contains("href=\"https://omb.edu.kg/register/confirm?token=a&amp;b\"")
			.contains("https://omb.edu.kg/")
			.doesNotContain("??");
	}

	@ParameterizedTest
	@ValueSource(strings = { "ky", "ru", "en" })
	void everyTemplateRendersWithoutMissingMessages(String language) {
		Recipient recipient = new Recipient("a@example.kg", "<b>Name</b>", Locale.forLanguageTag(language));
		var item = new NoticeMails.Item("Title & <more>", "Body", "https://omb.edu.kg/documents/1", "today");
		List<RenderedMail> mails = List.of(
				TEMPLATES.render("password-reset", recipient, "Subject",
						Map.of("link", "https://omb.edu.kg/password/reset?token=x", "expiresAt", "tomorrow")),
				TEMPLATES.render("notice", recipient, "Subject", Map.of("item", item)),
				TEMPLATES.render("digest", recipient, "Subject",
						Map.of("items", List.of(item, item), "more", 3, "total", 5)));
		for (RenderedMail mail : mails) {
			assertThat(mail.text()).doesNotContain("??").doesNotContain("[(").contains("https://omb.edu.kg/");
			assertThat(mail.html()).doesNotContain("??")
				.doesNotContain("<b>Name</b>")
				.contains("&lt;b&gt;Name&lt;/b&gt;");
		}
		assertThat(mails.get(2).text()).contains("Title & <more>").contains("https://omb.edu.kg/notifications");
		assertThat(mails.get(2).html()).contains("Title &amp; &lt;more&gt;");
	}

	static ReloadableResourceBundleMessageSource messages() {
		var messages = new ReloadableResourceBundleMessageSource();
		messages.setBasename("classpath:messages");
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		messages.setDefaultLocale(Locale.forLanguageTag("ky"));
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
