package kg.omb.notifications.domain;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A notification's title and text in one language, from its message keys and stored arguments. */
@Component
class NoticeText {

	private final MessageSource messages;

	NoticeText(MessageSource messages) {
		this.messages = messages;
	}

	Rendered render(Notification notification, Locale locale) {
		Object[] arguments = NoticeArguments.resolve(notification.getArguments(), locale);
		return new Rendered(message(notification.getTitleKey(), arguments, locale),
				message(notification.getBodyKey(), arguments, locale));
	}

	/** A message of the bundles; a key missing from them shows as itself rather than breaking the page. */
	String message(String key, Object[] arguments, Locale locale) {
		return messages.getMessage(key, arguments, key, locale);
	}

	public record Rendered(String title, String body) {
	}

}
