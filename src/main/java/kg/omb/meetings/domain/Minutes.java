package kg.omb.meetings.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import kg.omb.shared.BaseEntity;
import kg.omb.shared.DomainException;

/**
 * The minutes of a closed meeting (§23): the secretary signs them off first, then the chair, and only then are
 * they published. The text is generated from the meeting's record, which no longer changes once it is closed.
 */
@Entity
@Table(name = "meeting_minutes")
public class Minutes extends BaseEntity {

	@Column(name = "meeting_id", nullable = false, unique = true)
	private long meetingId;

	@Column(name = "secretary_account_id")
	private @Nullable Long secretaryAccountId;

	@Column(name = "secretary_signed_at")
	private @Nullable Instant secretarySignedAt;

	@Column(name = "chair_account_id")
	private @Nullable Long chairAccountId;

	@Column(name = "chair_signed_at")
	private @Nullable Instant chairSignedAt;

	@Column(name = "published_at")
	private @Nullable Instant publishedAt;

	protected Minutes() {
	}

	/** Minutes of a meeting that has closed. */
	public Minutes(Meeting meeting) {
		meeting.requireStatus(MeetingStatus.CLOSED);
		this.meetingId = meeting.id();
	}

	public void signBySecretary(long accountId, Instant now) {
		if (secretarySignedAt != null) {
			throw new DomainException("meetings.error.minutes.signed-by-secretary");
		}
		this.secretaryAccountId = accountId;
		this.secretarySignedAt = now;
	}

	public void signByChair(long accountId, Instant now) {
		if (secretarySignedAt == null) {
			throw new DomainException("meetings.error.minutes.secretary-first");
		}
		if (chairSignedAt != null) {
			throw new DomainException("meetings.error.minutes.signed-by-chair");
		}
		this.chairAccountId = accountId;
		this.chairSignedAt = now;
	}

	public void publish(Instant now) {
		if (chairSignedAt == null) {
			throw new DomainException("meetings.error.minutes.not-signed");
		}
		if (publishedAt != null) {
			throw new DomainException("meetings.error.minutes.published");
		}
		this.publishedAt = now;
	}

	public boolean isPublished() {
		return publishedAt != null;
	}

	public long getMeetingId() {
		return meetingId;
	}

	public @Nullable Long getSecretaryAccountId() {
		return secretaryAccountId;
	}

	public @Nullable Instant getSecretarySignedAt() {
		return secretarySignedAt;
	}

	public @Nullable Long getChairAccountId() {
		return chairAccountId;
	}

	public @Nullable Instant getChairSignedAt() {
		return chairSignedAt;
	}

	public @Nullable Instant getPublishedAt() {
		return publishedAt;
	}

}
