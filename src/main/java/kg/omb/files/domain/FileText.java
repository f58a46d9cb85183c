package kg.omb.files.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Persistable;

/** The text extracted from a file, kept apart from its metadata for the search index. */
@Entity
@Table(name = "stored_file_text")
class FileText implements Persistable<Long> {

	@Id
	@Column(name = "file_id")
	private long fileId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private ExtractedText.Outcome outcome;

	/** {@code text} in the migration: on PostgreSQL unlimited, on H2 (PostgreSQL mode) a character varying. */
	@Column(nullable = false)
	private String content;

	@Column(name = "extracted_at", nullable = false)
	private Instant extractedAt;

	@Transient
	private boolean fresh;

	protected FileText() {
		this.outcome = ExtractedText.Outcome.NONE;
		this.content = "";
		this.extractedAt = Instant.EPOCH;
	}

	FileText(long fileId, ExtractedText text, Instant extractedAt) {
		this.fileId = fileId;
		this.outcome = text.outcome();
		this.content = text.text();
		this.extractedAt = extractedAt;
		this.fresh = true;
	}

	@Override
	public @Nullable Long getId() {
		return fileId;
	}

	@Override
	public boolean isNew() {
		return fresh;
	}

	@PostLoad
	@PostPersist
	void markStored() {
		this.fresh = false;
	}

	String content() {
		return content;
	}

	ExtractedText.Outcome outcome() {
		return outcome;
	}

}
