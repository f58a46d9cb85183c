package kg.omb.documents.discussion;

import java.time.Clock;

import org.springframework.stereotype.Component;

import kg.omb.audit.AuditLog;
import kg.omb.documents.Documents;
import kg.omb.identity.Accounts;
import kg.omb.identity.CurrentAccess;
import kg.omb.notifications.Notifications;

/**
 * The public discussion with every rule unchanged, but reading the calendar from the clock given: the demo data
 * uses it to tell the story of a discussion that took place months ago (its window enforced by that story's days).
 * It joins the caller's transaction and is not for requests of real people, who always meet the application's clock.
 */
@Component
public class DiscussionAtClock {

	private final DocumentComments comments;

	private final CommentReports reports;

	private final Accounts accounts;

	private final CurrentAccess access;

	private final Notifications notifications;

	private final AuditLog audit;

	DiscussionAtClock(DocumentComments comments, CommentReports reports, Accounts accounts, CurrentAccess access,
			Notifications notifications, AuditLog audit) {
		this.comments = comments;
		this.reports = reports;
		this.accounts = accounts;
		this.access = access;
		this.notifications = notifications;
		this.audit = audit;
	}

	/** The discussion of documents read through {@code documents}, on the days of {@code clock}. */
	public PublicDiscussion at(Clock clock, Documents documents) {
		return new PublicDiscussion(comments, reports, documents, accounts, access, notifications, audit, clock);
	}

}
