package kg.omb.documents.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.jspecify.annotations.Nullable;

import kg.omb.shared.BaseEntity;
import kg.omb.shared.DomainException;
import kg.omb.shared.Strings;

/**
 * One version of a document's text: its number, a summary of what changed, and whether it is published. A published
 * version never changes: neither it nor its clauses can be updated or removed.
 */
@Entity
@Table(name = "document_version")
public class DocumentVersion extends BaseEntity {

	@Column(name = "document_id", nullable = false, updatable = false)
	private long documentId;

	@Column(name = "number", nullable = false, updatable = false)
	private int number;

	@Column(name = "summary")
	private @Nullable String summary;

	@Column(name = "published", nullable = false)
	private boolean published;

	@Column(name = "published_at")
	private @Nullable Instant publishedAt;

	@Column(name = "source_file_id")
	private @Nullable Long sourceFileId;

	@Transient
	private boolean publishedWhenLoaded;

	protected DocumentVersion() {
	}

	public DocumentVersion(long documentId, int number, @Nullable String summary) {
		this.documentId = documentId;
		this.number = number;
		this.summary = Strings.blankToNull(summary);
	}

	public void summarize(@Nullable String newSummary) {
		requireWorking();
		summary = Strings.blankToNull(newSummary);
	}

	/** The Word file this version's text was imported from, kept as the original. */
	public void importedFrom(long fileId) {
		requireWorking();
		sourceFileId = fileId;
	}

	public @Nullable Long getSourceFileId() {
		return sourceFileId;
	}

	public void publish(Instant at) {
		requireWorking();
		published = true;
		publishedAt = at;
	}

	public void requireWorking() {
		if (published) {
			throw new DomainException("documents.error.version-published", number);
		}
	}

	@PostLoad
	void remember() {
		publishedWhenLoaded = published;
	}

	@PreUpdate
	@PreRemove
	void refuseChangeOfPublished() {
		if (publishedWhenLoaded) {
			throw new DomainException("documents.error.version-published", number);
		}
	}

	public long getDocumentId() {
		return documentId;
	}

	public int getNumber() {
		return number;
	}

	public @Nullable String getSummary() {
		return summary;
	}

	public boolean isPublished() {
		return published;
	}

	public @Nullable Instant getPublishedAt() {
		return publishedAt;
	}

}
