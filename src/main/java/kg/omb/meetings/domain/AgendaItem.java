package kg.omb.meetings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import kg.omb.shared.BaseEntity;
import kg.omb.shared.DomainException;
import kg.omb.shared.Strings;

/**
 * One item of a meeting's agenda: what is discussed, the decision proposed (what a vote is taken on) and, when it
 * concerns one, the version of a normative document it is about.
 */
@Entity
@Table(name = "meeting_agenda_item")
public class AgendaItem extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "meeting_id")
	private @Nullable Meeting meeting;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private String title;

	@Column(name = "proposed_decision")
	private @Nullable String proposedDecision;

	@Column(name = "document_id")
	private @Nullable Long documentId;

	@Column(name = "document_version")
	private @Nullable Integer documentVersion;

	protected AgendaItem() {
		this.title = "";
	}

	AgendaItem(Meeting meeting, int position, String title, @Nullable String proposedDecision,
			@Nullable Long documentId, @Nullable Integer documentVersion) {
		if (documentVersion != null && documentId == null) {
			throw new DomainException("meetings.error.version-without-document");
		}
		this.meeting = meeting;
		this.position = position;
		this.title = title;
		this.proposedDecision = Strings.blankToNull(proposedDecision);
		this.documentId = documentId;
		this.documentVersion = documentVersion;
	}

	public Meeting getMeeting() {
		if (meeting == null) {
			throw new IllegalStateException("An agenda item belongs to a meeting");
		}
		return meeting;
	}

	public int getPosition() {
		return position;
	}

	public String getTitle() {
		return title;
	}

	public @Nullable String getProposedDecision() {
		return proposedDecision;
	}

	public @Nullable Long getDocumentId() {
		return documentId;
	}

	public @Nullable Integer getDocumentVersion() {
		return documentVersion;
	}

}
