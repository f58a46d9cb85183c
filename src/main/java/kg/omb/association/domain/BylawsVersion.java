package kg.omb.association.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One version of an association's own regulation (§21-22), adopted on a day by an act. A version never changes
 * once recorded: an amendment is the next version.
 */
@Entity
@Table(name = "association_bylaws")
public class BylawsVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "association_id", nullable = false, updatable = false)
	private long associationId;

	@Column(nullable = false, updatable = false)
	private int number;

	@Column(nullable = false, updatable = false)
	private String summary;

	@Column(nullable = false, updatable = false)
	private String content;

	@Column(name = "file_id", updatable = false)
	private @Nullable Long fileId;

	@Column(name = "adopted_on", nullable = false, updatable = false)
	private LocalDate adoptedOn;

	@Column(name = "act_id", nullable = false, updatable = false)
	private long actId;

	@Column(name = "recorded_by", updatable = false)
	private @Nullable Long recordedBy;

	@Column(name = "recorded_at", nullable = false, updatable = false)
	private Instant recordedAt;

	protected BylawsVersion() {
		this.summary = "";
		this.content = "";
		this.adoptedOn = LocalDate.EPOCH;
		this.recordedAt = Instant.EPOCH;
	}

	BylawsVersion(long associationId, int number, String summary, String content, @Nullable Long fileId,
			LocalDate adoptedOn, long actId, @Nullable Long recordedBy, Instant recordedAt) {
		this.associationId = associationId;
		this.number = number;
		this.summary = summary;
		this.content = content;
		this.fileId = fileId;
		this.adoptedOn = adoptedOn;
		this.actId = actId;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	public long id() {
		if (id == null) {
			throw new IllegalStateException("not saved yet");
		}
		return id;
	}

	public long getAssociationId() {
		return associationId;
	}

	public int getNumber() {
		return number;
	}

	public String getSummary() {
		return summary;
	}

	public String getContent() {
		return content;
	}

	public @Nullable Long getFileId() {
		return fileId;
	}

	public LocalDate getAdoptedOn() {
		return adoptedOn;
	}

	public long getActId() {
		return actId;
	}

}
