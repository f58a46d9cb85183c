package kg.omb.documents.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import kg.omb.notifications.Notice;
import kg.omb.notifications.Notifications;
import kg.omb.notifications.Subscriptions;
import kg.omb.notifications.Topic;

/**
 * When a draft is opened for public discussion, everyone who follows its OMB, any of its specialty or direction
 * codes, or its kind is told, once each, in the same transaction as the opening.
 */
@Component
class DiscussionAnnouncement {

	private final Subscriptions subscriptions;

	private final Notifications notifications;

	DiscussionAnnouncement(Subscriptions subscriptions, Notifications notifications) {
		this.subscriptions = subscriptions;
		this.notifications = notifications;
	}

	/** Notifies the followers of the document's topics; returns how many were told. */
	int opened(NormativeDocument document) {
		Set<Long> followers = subscriptions.followers(topics(document));
		if (followers.isEmpty()) {
			return 0;
		}
		Notice notice = Notice.of("documents.discussion", "documents.notice.discussion-opened.title",
				"documents.notice.discussion-opened.body", document.getTitle(),
				java.util.Objects.requireNonNull(document.getDiscussionClosesOn()))
			.withLink("/documents/" + document.id());
		followers.forEach(accountId -> notifications.notify(accountId, notice));
		return followers.size();
	}

	static List<Topic> topics(NormativeDocument document) {
		List<Topic> topics = new ArrayList<>();
		topics.add(Topic.association(document.getAssociationId()));
		document.getCodes().stream().filter(Topic::isValidKey).map(Topic::specialty).forEach(topics::add);
		topics.add(Topic.documentKind(document.getKind()));
		return topics;
	}

}
