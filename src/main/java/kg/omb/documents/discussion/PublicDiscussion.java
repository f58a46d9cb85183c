package kg.omb.documents.discussion;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.audit.AuditLog;
import kg.omb.directory.Region;
import kg.omb.documents.ClauseView;
import kg.omb.documents.DocumentStatus;
import kg.omb.documents.DocumentView;
import kg.omb.documents.Documents;
import kg.omb.identity.Accounts;
import kg.omb.identity.CurrentAccess;
import kg.omb.identity.Role;
import kg.omb.identity.Scope;
import kg.omb.identity.ScopeType;
import kg.omb.notifications.Notice;
import kg.omb.notifications.Notifications;
import kg.omb.shared.Actor;
import kg.omb.shared.Bishkek;
import kg.omb.shared.DomainException;
import kg.omb.shared.NotFoundException;
import kg.omb.shared.html.RichText;

/**
 * The public discussion of a draft (§10.2): any registered person comments while the window is open by the
 * server's calendar; an organisation's representative files official comments; anyone reports a comment; the OMB's
 * chair or secretary hides one with a reason and its author is told; after the window the OMB's drafters (chair,
 * secretary, section heads) give every comment a disposition, and each commenter is told of it.
 */
@Service
@Transactional
public class PublicDiscussion {

	private static final List<Role> MODERATORS = List.of(Role.OMB_CHAIR, Role.OMB_SECRETARY);

	private final DocumentComments comments;

	private final CommentReports reports;

	private final Documents documents;

	private final Accounts accounts;

	private final CurrentAccess access;

	private final Notifications notifications;

	private final AuditLog audit;

	private final Clock clock;

	PublicDiscussion(DocumentComments comments, CommentReports reports, Documents documents, Accounts accounts,
			CurrentAccess access, Notifications notifications, AuditLog audit, Clock clock) {
		this.comments = comments;
		this.reports = reports;
		this.documents = documents;
		this.accounts = accounts;
		this.access = access;
		this.notifications = notifications;
		this.audit = audit;
		this.clock = clock;
	}

	/** Posts a comment on the version under discussion; refused outside the window whatever the browser shows. */
	public DocumentComment comment(long documentId, NewComment comment) {
		DocumentView document = document(documentId);
		DiscussionWindow window = openWindow(document);
		CommentedClause clause = comment.clauseKey() == null ? null : clause(document, comment.clauseKey());
		Selection selection = comment.quote() == null || comment.quote().isBlank() ? null
				: new Selection(comment.quote(), comment.quoteStart());
		DocumentComment posted = comments.save(DocumentComment.post(author(comment.stakeholder(), comment.region(),
				comment.organizationId()), documentId, document.currentVersion(), clause, selection, comment.text(), window,
				today(), clock.instant()));
		audit.record("documents.comment.posted", "document", documentId,
				Map.of("comment", posted.id(), "clause", String.valueOf(posted.getClauseKey()), "official", posted.isOfficial()));
		return posted;
	}

	/** Answers a comment in its thread. */
	public DocumentComment reply(long commentId, String text, StakeholderKind stakeholder, @Nullable Region region) {
		DocumentComment parent = comment(commentId);
		DiscussionWindow window = openWindow(document(parent.getDocumentId()));
		DocumentComment reply = comments.save(parent.reply(author(stakeholder, region, null), text, window, today(),
				clock.instant()));
		audit.record("documents.comment.replied", "document", parent.getDocumentId(),
				Map.of("comment", reply.id(), "parent", commentId));
		return reply;
	}

	/** Anyone, signed in or not, may ask the secretary to look at a comment; a person reports a comment once. */
	public void report(long commentId, ReportReason reason) {
		DocumentComment comment = comment(commentId);
		Long reporter = Actor.current().accountId();
		if (reporter != null && reports.existsByCommentIdAndReporterId(commentId, reporter)) {
			return;
		}
		reports.save(new CommentReport(commentId, reporter, reason, clock.instant()));
		audit.record("documents.comment.reported", "document", comment.getDocumentId(),
				Map.of("comment", commentId, "reason", reason.name()));
	}

	/** Hides a comment from the public, with the reason its author is told. */
	public void hide(long commentId, String reason) {
		DocumentComment comment = comment(commentId);
		DocumentView document = document(comment.getDocumentId());
		requireModerator(document);
		comment.hide(reason, requireAccount(), clock.instant());
		notifications.notify(comment.getAuthorAccountId(), Notice.of("documents.discussion",
				"documents.notice.hidden.title", "documents.notice.hidden.body", document.title(), reason)
			.withLink("/documents/" + document.id()));
		audit.record("documents.comment.hidden", "document", document.id(), Map.of("comment", commentId, "reason", reason));
	}

	/**
	 * Gives (or corrects) a comment's disposition once the window has closed and while the text may still change:
	 * at the disposition of comments, and after a return for revision while it is drafted again (see
	 * {@link DocumentView#takesDispositions()}); from review onwards the table is frozen with the text. Refused when
	 * someone else changed the comment since {@code expectedVersion} was read. The commenter is told.
	 */
	public void dispose(long commentId, long expectedVersion, DispositionOutcome outcome, String justification,
			@Nullable String changedClauseKey) {
		DocumentComment comment = comment(commentId);
		DocumentView document = document(comment.getDocumentId());
		requireAuthor(document);
		if (!document.takesDispositions()) {
			throw new DomainException("documents.discussion.dispose-wrong-step");
		}
		if (comment.getVersion() != expectedVersion) {
			throw new DomainException("documents.discussion.stale");
		}
		requireClauseOfWorkingVersion(document, changedClauseKey);
		comment.dispose(outcome, justification, changedClauseKey, requireAccount(), window(document), today(),
				clock.instant());
		comments.flush();
		notifications.notify(comment.getAuthorAccountId(), Notice.of("documents.discussion",
				"documents.notice.disposed.title", "documents.notice.disposed." + outcome.name(), document.title(),
				justification)
			.withLink("/documents/" + document.id()));
		audit.record("documents.comment.disposed", "document", document.id(),
				Map.of("comment", commentId, "outcome", outcome.name()));
	}

	/**
	 * How many times each comment of the document was reported, for those who hide comments (the OMB's chair and
	 * secretary); comments nobody reported are left out.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Long> reportCounts(long documentId) {
		requireModerator(document(documentId));
		Map<Long, Long> counts = new HashMap<>();
		reports.countByDocument(documentId).forEach(row -> counts.put((Long) row[0], (Long) row[1]));
		return counts;
	}

	/** Comments still waiting for a disposition: while there are any, the draft cannot move on. */
	@Transactional(readOnly = true)
	public long undisposed(long documentId) {
		return comments.countUndisposed(documentId);
	}

	/** The discussion as the public sees it: every comment and reply, hidden ones with their text withheld. */
	@Transactional(readOnly = true)
	public List<DocumentComment> thread(long documentId) {
		return comments.findByDocumentIdOrderByPostedAtAscIdAsc(documentId);
	}

	/** The visible comments and replies of each document, in one query; a document without any is left out. */
	@Transactional(readOnly = true)
	public Map<Long, Long> visibleCounts(Collection<Long> documentIds) {
		Map<Long, Long> counts = new HashMap<>();
		if (!documentIds.isEmpty()) {
			comments.countVisibleByDocument(documentIds).forEach(row -> counts.put((Long) row[0], (Long) row[1]));
		}
		return counts;
	}

	@Transactional(readOnly = true)
	public DiscussionFigures figures(long documentId) {
		Map<String, Long> byClause = new LinkedHashMap<>();
		comments.countByClause(documentId).forEach(row -> byClause
			.put(row[0] == null ? DiscussionFigures.WHOLE_DOCUMENT : (String) row[0], (Long) row[1]));
		Map<StakeholderKind, Long> byStakeholder = new EnumMap<>(StakeholderKind.class);
		comments.countByStakeholder(documentId).forEach(row -> byStakeholder.put((StakeholderKind) row[0], (Long) row[1]));
		Map<Region, Long> byRegion = new EnumMap<>(Region.class);
		comments.countByRegion(documentId).stream().filter(row -> row[0] != null)
			.forEach(row -> byRegion.put((Region) row[0], (Long) row[1]));
		long total = byClause.values().stream().mapToLong(Long::longValue).sum();
		return new DiscussionFigures(total, byClause, byStakeholder, byRegion);
	}

	private DiscussionWindow openWindow(DocumentView document) {
		if (document.status() != DocumentStatus.PUBLIC_DISCUSSION) {
			throw new DomainException("documents.discussion.not-under-discussion");
		}
		return window(document);
	}

	private static DiscussionWindow window(DocumentView document) {
		LocalDate opens = document.discussionOpenedOn();
		LocalDate closes = document.discussionClosesOn();
		if (opens == null || closes == null) {
			throw new DomainException("documents.discussion.not-under-discussion");
		}
		return new DiscussionWindow(opens, closes);
	}

	private CommentedClause clause(DocumentView document, String key) {
		ClauseView clause = documents.clauses(document.id(), document.currentVersion()).stream()
			.filter(candidate -> candidate.key().equals(key))
			.findFirst()
			.orElseThrow(() -> new DomainException("documents.discussion.no-such-clause"));
		return new CommentedClause(key, RichText.plainText(clause.html()));
	}

	/** The changed clause a disposition points to is one of the version being revised, the next one to publish. */
	private void requireClauseOfWorkingVersion(DocumentView document, @Nullable String key) {
		if (key == null || key.isBlank()) {
			return;
		}
		if (documents.clauses(document.id(), document.currentVersion()).stream()
			.noneMatch(clause -> clause.key().equals(key))) {
			throw new DomainException("documents.discussion.no-such-changed-clause", document.currentVersion());
		}
	}

	private CommentAuthor author(StakeholderKind stakeholder, @Nullable Region region, @Nullable Long organizationId) {
		long accountId = requireAccount();
		if (organizationId != null
				&& !access.holds(Role.ORG_REPRESENTATIVE, Scope.of(ScopeType.ORGANIZATION, organizationId))) {
			throw new DomainException("documents.discussion.not-a-representative");
		}
		String name = accounts.find(accountId).map(account -> account.displayName()).orElse(Actor.current().name());
		return new CommentAuthor(accountId, name, stakeholder, region, organizationId);
	}

	private void requireModerator(DocumentView document) {
		Scope association = Scope.of(ScopeType.ASSOCIATION, document.associationId());
		if (MODERATORS.stream().noneMatch(role -> access.holds(role, association))) {
			throw new AccessDeniedException("documents.discussion.forbidden");
		}
	}

	private void requireAuthor(DocumentView document) {
		if (!documents.isAuthor(document.id())) {
			throw new AccessDeniedException("documents.discussion.forbidden");
		}
	}

	private static long requireAccount() {
		Long accountId = Actor.current().accountId();
		if (accountId == null) {
			throw new AccessDeniedException("documents.discussion.sign-in");
		}
		return accountId;
	}

	private DocumentView document(long documentId) {
		return documents.find(documentId)
			.orElseThrow(() -> new NotFoundException("documents.discussion.no-such-document", documentId));
	}

	private DocumentComment comment(long commentId) {
		return comments.findById(commentId)
			.orElseThrow(() -> new NotFoundException("documents.discussion.no-such-comment", commentId));
	}

	private LocalDate today() {
		return Bishkek.today(clock);
	}

}
