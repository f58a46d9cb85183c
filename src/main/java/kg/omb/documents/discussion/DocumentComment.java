package kg.omb.documents.discussion;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import kg.omb.directory.Region;
import kg.omb.shared.BaseEntity;
import kg.omb.shared.DomainException;
import kg.omb.shared.Strings;

/**
 * A comment in a public discussion: on a clause (optionally on a passage of it), on the whole document, or a reply
 * to another comment. Public as soon as it is posted; the secretary may hide it with a reason (post-moderation).
 * Once the window has closed the authors give it a disposition with a justification.
 */
@Entity
@Table(name = "document_comment")
public class DocumentComment extends BaseEntity {

	static final int MAX_TEXT = 5000;

	@Column(name = "document_id", nullable = false, updatable = false)
	private long documentId;

	@Column(name = "version_number", nullable = false, updatable = false)
	private int versionNumber;

	@Column(name = "clause_key", updatable = false)
	private @Nullable String clauseKey;

	@Embedded
	private @Nullable Anchor anchor;

	@Column(name = "parent_id", updatable = false)
	private @Nullable Long parentId;

	@Column(name = "author_account_id", nullable = false, updatable = false)
	private long authorAccountId;

	@Column(name = "author_name", nullable = false, updatable = false)
	private String authorName;

	@Enumerated(EnumType.STRING)
	@Column(name = "stakeholder", nullable = false, updatable = false)
	private StakeholderKind stakeholder;

	@Enumerated(EnumType.STRING)
	@Column(name = "region", updatable = false)
	private @Nullable Region region;

	@Column(name = "organization_id", updatable = false)
	private @Nullable Long organizationId;

	@Column(name = "text", nullable = false, updatable = false)
	private String text;

	@Column(name = "posted_at", nullable = false, updatable = false)
	private Instant postedAt;

	@Column(name = "hidden_reason")
	private @Nullable String hiddenReason;

	@Column(name = "hidden_by")
	private @Nullable Long hiddenBy;

	@Column(name = "hidden_at")
	private @Nullable Instant hiddenAt;

	@Enumerated(EnumType.STRING)
	@Column(name = "disposition")
	private @Nullable DispositionOutcome disposition;

	@Column(name = "disposition_justification")
	private @Nullable String justification;

	@Column(name = "changed_clause_key")
	private @Nullable String changedClauseKey;

	@Column(name = "disposed_by")
	private @Nullable Long disposedBy;

	@Column(name = "disposed_at")
	private @Nullable Instant disposedAt;

	protected DocumentComment() {
		this.authorName = "";
		this.stakeholder = StakeholderKind.CITIZEN;
		this.text = "";
		this.postedAt = Instant.EPOCH;
	}

	private DocumentComment(CommentAuthor author, long documentId, int versionNumber, @Nullable String clauseKey,
			@Nullable Anchor anchor, @Nullable Long parentId, String text, Instant postedAt) {
		this.documentId = documentId;
		this.versionNumber = versionNumber;
		this.clauseKey = clauseKey;
		this.anchor = anchor;
		this.parentId = parentId;
		this.authorAccountId = author.accountId();
		this.authorName = author.name();
		this.stakeholder = author.stakeholder();
		this.region = author.region();
		this.organizationId = author.organizationId();
		this.text = requireText(text);
		this.postedAt = postedAt;
	}

	/** A comment on the whole document, or on a clause, or on a passage of that clause's plain text. */
	static DocumentComment post(CommentAuthor author, long documentId, int versionNumber, @Nullable CommentedClause clause,
			@Nullable Selection selection, String text, DiscussionWindow window, LocalDate today, Instant at) {
		window.requireOpenOn(today);
		if (selection != null && clause == null) {
			throw new DomainException("documents.discussion.quote-without-clause");
		}
		Anchor anchor = selection == null || clause == null ? null
				: Anchor.place(selection.quote(), selection.start(), clause.plainText());
		return new DocumentComment(author, documentId, versionNumber, clause == null ? null : clause.key(), anchor, null,
				text, at);
	}

	/** A reply, on the same document and clause as the comment it answers. */
	DocumentComment reply(CommentAuthor author, String replyText, DiscussionWindow window, LocalDate today,
			Instant at) {
		window.requireOpenOn(today);
		if (isHidden()) {
			throw new DomainException("documents.discussion.reply-to-hidden");
		}
		return new DocumentComment(author, documentId, versionNumber, clauseKey, null, id(), replyText, at);
	}

	/** Hidden from the public with a reason that its author is told; the text stays for the record. */
	void hide(String reason, long moderatorId, Instant at) {
		if (isHidden()) {
			throw new DomainException("documents.discussion.already-hidden");
		}
		String why = Strings.blankToNull(reason);
		if (why == null) {
			throw new DomainException("documents.discussion.hide-reason-required");
		}
		this.hiddenReason = why;
		this.hiddenBy = moderatorId;
		this.hiddenAt = at;
	}

	/** The authors' disposition, given (or corrected) after the window closed. */
	void dispose(DispositionOutcome outcome, String reason, @Nullable String changedClause, long authorId,
			DiscussionWindow window, LocalDate today, Instant at) {
		if (!window.hasClosedBy(today)) {
			throw new DomainException("documents.discussion.dispose-before-close", window.closesOn());
		}
		if (!needsDisposition()) {
			throw new DomainException("documents.discussion.dispose-not-needed");
		}
		String why = Strings.blankToNull(reason);
		if (why == null) {
			throw new DomainException("documents.discussion.justification-required");
		}
		this.disposition = outcome;
		this.justification = why;
		this.changedClauseKey = outcome.changesText() ? Strings.blankToNull(changedClause) : null;
		this.disposedBy = authorId;
		this.disposedAt = at;
	}

	/** Every visible comment that opens a thread is answered by a disposition; replies belong to their thread. */
	public boolean needsDisposition() {
		return parentId == null && !isHidden();
	}

	public boolean isDisposed() {
		return disposition != null;
	}

	public boolean isHidden() {
		return hiddenAt != null;
	}

	public boolean isOfficial() {
		return organizationId != null;
	}

	private static String requireText(String text) {
		String body = Strings.blankToNull(text);
		if (body == null) {
			throw new DomainException("documents.discussion.text-required");
		}
		if (body.length() > MAX_TEXT) {
			throw new DomainException("documents.discussion.text-too-long", MAX_TEXT);
		}
		return body;
	}

	public long getDocumentId() { return documentId; }

	public int getVersionNumber() { return versionNumber; }

	public @Nullable String getClauseKey() { return clauseKey; }

	public @Nullable Anchor getAnchor() { return anchor; }

	public @Nullable Long getParentId() { return parentId; }

	public long getAuthorAccountId() { return authorAccountId; }

	public String getAuthorName() { return authorName; }

	public StakeholderKind getStakeholder() { return stakeholder; }

	public @Nullable Region getRegion() { return region; }

	public @Nullable Long getOrganizationId() { return organizationId; }

	public String getText() { return text; }

	public Instant getPostedAt() { return postedAt; }

	public @Nullable String getHiddenReason() { return hiddenReason; }

	public @Nullable Instant getHiddenAt() { return hiddenAt; }

	public @Nullable DispositionOutcome getDisposition() { return disposition; }

	public @Nullable String getJustification() { return justification; }

	public @Nullable String getChangedClauseKey() { return changedClauseKey; }

	public @Nullable Instant getDisposedAt() { return disposedAt; }

}
