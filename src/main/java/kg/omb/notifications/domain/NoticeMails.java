package kg.omb.notifications.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** E-mails that carry notifications: one at a time, or the daily digest of several. */
@Component
class NoticeMails {

	private final MailTemplates templates;

	private final NoticeText text;

	NoticeMails(MailTemplates templates, NoticeText text) {
		this.templates = templates;
		this.text = text;
	}

	/** One notification; its title is the subject. */
	RenderedMail single(Recipient recipient, Notification notification) {
		NoticeText.Rendered rendered = text.render(notification, recipient.language());
		return templates.render("notice", recipient, rendered.title(),
				Map.of("item", item(notification, rendered, recipient)));
	}

	/**
	 * The digest: the listed notifications, oldest first, and how many more are waiting in the person's list.
	 */
	RenderedMail digest(Recipient recipient, List<Notification> listed, int more) {
		List<Item> items = new ArrayList<>(listed.size());
		for (Notification notification : listed) {
			items.add(item(notification, text.render(notification, recipient.language()), recipient));
		}
		int total = listed.size() + more;
		String subject = templates.message("mail.digest.subject", recipient.language(), total);
		return templates.render("digest", recipient, subject, Map.of("items", items, "more", more, "total", total));
	}

	private Item item(Notification notification, NoticeText.Rendered rendered, Recipient recipient) {
		String link = notification.getLink() == null ? null : templates.absolute(notification.getLink());
		return new Item(rendered.title(), rendered.body(), link,
				BishkekTime.dateTime(notification.getCreatedAt(), recipient.language()));
	}

	/** A notification as an e-mail shows it. */
	public record Item(String title, String body, @Nullable String link, String createdAt) {
	}

}
