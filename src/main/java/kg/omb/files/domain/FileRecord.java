package kg.omb.files.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

import kg.omb.files.StoredFile;
import kg.omb.shared.Actor;

/**
 * The metadata of one upload. Never changed: a new version of a document is a new upload. Several rows may share
 * the same content (and so the same stored bytes).
 */
@Entity
@Immutable
@Table(name = "stored_file")
class FileRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(nullable = false, length = 64)
	private String sha256;

	@Column(name = "original_name", nullable = false)
	private String originalName;

	@Column(name = "size_bytes", nullable = false)
	private long size;

	@Column(name = "media_type", nullable = false)
	private String mediaType;

	@Column(name = "uploaded_by")
	private @Nullable Long uploadedBy;

	@Column(name = "uploaded_by_name", nullable = false)
	private String uploadedByName;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	protected FileRecord() {
		this.sha256 = "";
		this.originalName = "";
		this.mediaType = "";
		this.uploadedByName = "";
		this.uploadedAt = Instant.EPOCH;
	}

	FileRecord(String sha256, String originalName, long size, String mediaType, Actor uploader, Instant uploadedAt) {
		this.sha256 = sha256;
		this.originalName = originalName;
		this.size = size;
		this.mediaType = mediaType;
		this.uploadedBy = uploader.accountId();
		this.uploadedByName = uploader.name();
		this.uploadedAt = uploadedAt;
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("The file record is not saved yet");
		}
		return id;
	}

	String sha256() {
		return sha256;
	}

	StoredFile view() {
		return new StoredFile(id(), originalName, size, mediaType, sha256, uploadedBy, uploadedByName, uploadedAt);
	}

}
