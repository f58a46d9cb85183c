package kg.omb.meetings.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import kg.omb.shared.BaseEntity;
import kg.omb.shared.DomainException;

/**
 * A decision of an OMB's meeting on one agenda item (§7: a recommendation, binding on no one), taken by a vote that
 * adopted it; it names the document version it concerns. Once recorded it is public and never changes.
 */
@Entity
@Table(name = "meeting_decision")
public class Decision extends BaseEntity {

	@Column(name = "association_id", nullable = false)
	private long associationId;

	@Column(name = "section_id")
	private @Nullable Long sectionId;

	@Column(name = "meeting_id", nullable = false)
	private long meetingId;

	@Column(name = "agenda_item_id", nullable = false, unique = true)
	private long agendaItemId;

	@Column(name = "vote_id", nullable = false, unique = true)
	private long voteId;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String text;

	@Column(name = "document_id")
	private @Nullable Long documentId;

	@Column(name = "document_version")
	private @Nullable Integer documentVersion;

	@Column(name = "decided_on", nullable = false)
	private LocalDate decidedOn;

	protected Decision() {
		this.title = "";
		this.text = "";
		this.decidedOn = LocalDate.EPOCH;
	}

	/** The decision the vote on the item adopted; refused when the vote did not adopt it or there is no proposal. */
	public Decision(Meeting meeting, AgendaItem item, Vote vote, LocalDate decidedOn) {
		if (!vote.adopted() || vote.getAgendaItemId() != item.id()) {
			throw new DomainException("meetings.error.not-adopted");
		}
		String proposal = item.getProposedDecision();
		if (proposal == null) {
			throw new DomainException("meetings.error.no-proposal");
		}
		this.associationId = meeting.getAssociationId();
		this.sectionId = meeting.getSectionId();
		this.meetingId = meeting.id();
		this.agendaItemId = item.id();
		this.voteId = vote.id();
		this.title = item.getTitle();
		this.text = proposal;
		this.documentId = item.getDocumentId();
		this.documentVersion = item.getDocumentVersion();
		this.decidedOn = decidedOn;
	}

	public long getAssociationId() {
		return associationId;
	}

	public @Nullable Long getSectionId() {
		return sectionId;
	}

	public long getMeetingId() {
		return meetingId;
	}

	public long getAgendaItemId() {
		return agendaItemId;
	}

	public long getVoteId() {
		return voteId;
	}

	public String getTitle() {
		return title;
	}

	public String getText() {
		return text;
	}

	public @Nullable Long getDocumentId() {
		return documentId;
	}

	public @Nullable Integer getDocumentVersion() {
		return documentVersion;
	}

	public LocalDate getDecidedOn() {
		return decidedOn;
	}

}
