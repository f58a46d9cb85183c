package kg.omb.notifications.domain;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import kg.omb.shared.PublicAddress;

/**
 * Renders e-mails from {@code templates/notifications/mail/<name>.html} and {@code <name>.txt} in the recipient's
 * language, every text from the message bundles. Uses an engine of its own (not a bean, so that Boot's engine for
 * web pages stays as it is), with a text-mode resolver for the plain-text part.
 */
@Component
class MailTemplates {

	private static final String PREFIX = "templates/notifications/mail/";

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	private final MessageSource messages;

	private final PublicAddress address;

	MailTemplates(MessageSource messages, PublicAddress address) {
		this.messages = messages;
		this.address = address;
		engine.setTemplateEngineMessageSource(messages);
		engine.addTemplateResolver(resolver(TemplateMode.TEXT, ".txt", 1));
		engine.addTemplateResolver(resolver(TemplateMode.HTML, ".html", 2));
	}

	/**
	 * @param name the template, such as {@code verify-email}
	 * @param subject the subject, already in the recipient's language
	 * @param variables what the template shows besides the messages
	 */
	RenderedMail render(String name, Recipient recipient, String subject, Map<String, ?> variables) {
		Map<String, Object> all = new HashMap<>(variables);
		all.put("subject", subject);
		all.put("name", recipient.name() == null ? recipient.address() : recipient.name());
		all.put("platformUrl", address.of("/"));
		all.put("preferencesUrl", absolute("/notifications/preferences"));
		all.put("notificationsUrl", absolute("/notifications"));
		Locale locale = recipient.language();
		String text = engine.process(name + ".txt", new Context(locale, all));
		String html = engine.process(name, new Context(locale, all));
		return new RenderedMail(subject, text.strip() + "\n", html);
	}

	/** A message of the bundles in the recipient's language, such as a subject. */
	String message(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	/** The address of a path within the platform, for links in e-mails. */
	String absolute(String path) {
		return address.of(path);
	}

	private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String suffix, int order) {
		var resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix(PREFIX);
		resolver.setTemplateMode(mode);
		resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
		resolver.setOrder(order);
		resolver.setCacheable(true);
		if (mode == TemplateMode.TEXT) {
			// text parts are asked for by their full name, "notice.txt"
			resolver.setResolvablePatterns(Set.of("*" + suffix));
		}
		else {
			resolver.setSuffix(suffix);
		}
		resolver.setCheckExistence(true);
		return resolver;
	}

}
