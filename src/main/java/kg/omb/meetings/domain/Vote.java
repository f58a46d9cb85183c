package kg.omb.meetings.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import kg.omb.shared.BaseEntity;
import kg.omb.shared.DomainException;

/**
 * The vote on one agenda item (§23): for, against or abstain, by the members present, in the room or online. No
 * vote is opened or closed without a quorum. In a secret ballot only the tallies and who voted are kept: the choice
 * of a voter is counted and then forgotten, never stored. The proposal is adopted when more than half of the votes
 * cast are for it.
 */
@Entity
@Table(name = "meeting_vote")
public class Vote extends BaseEntity {

	@Column(name = "agenda_item_id", nullable = false, unique = true)
	private long agendaItemId;

	@Column(name = "meeting_id", nullable = false)
	private long meetingId;

	@Column(nullable = false)
	private boolean secret;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private VoteStatus status;

	@Column(name = "for_count", nullable = false)
	private int forCount;

	@Column(name = "against_count", nullable = false)
	private int againstCount;

	@Column(name = "abstain_count", nullable = false)
	private int abstainCount;

	@Column(name = "present_count", nullable = false)
	private int presentCount;

	@Column(name = "roll_size", nullable = false)
	private int rollSize;

	@Column(name = "opened_at", nullable = false)
	private Instant openedAt;

	@Column(name = "closed_at")
	private @Nullable Instant closedAt;

	@ElementCollection
	@CollectionTable(name = "meeting_vote_cast", joinColumns = @JoinColumn(name = "vote_id"))
	private List<VoteCast> casts = new ArrayList<>();

	protected Vote() {
		this.status = VoteStatus.OPEN;
		this.openedAt = Instant.EPOCH;
	}

	/** Opens the vote on the item; refused unless the meeting is in progress and has its quorum. */
	public Vote(Meeting meeting, AgendaItem item, boolean secret, QuorumRule rule, Instant now) {
		meeting.requireStatus(MeetingStatus.IN_PROGRESS);
		Quorum quorum = requireQuorum(meeting, rule);
		this.agendaItemId = item.id();
		this.meetingId = meeting.id();
		this.secret = secret;
		this.status = VoteStatus.OPEN;
		this.presentCount = quorum.present();
		this.rollSize = quorum.roll();
		this.openedAt = now;
	}

	/** A present member's vote; once each. In a secret ballot the choice only moves the tally. */
	public void cast(Participant voter, Choice choice, Instant now) {
		if (status != VoteStatus.OPEN) {
			throw new DomainException("meetings.error.vote-closed");
		}
		if (!voter.getAttendance().present()) {
			throw new DomainException("meetings.error.voter-absent");
		}
		if (hasVoted(voter.id())) {
			throw new DomainException("meetings.error.already-voted");
		}
		switch (choice) {
			case FOR -> forCount++;
			case AGAINST -> againstCount++;
			case ABSTAIN -> abstainCount++;
		}
		casts.add(new VoteCast(voter.id(), voter.getPersonName(), secret ? null : choice, now));
	}

	/** Ends the vote; refused when the quorum was lost meanwhile (members left), so that no result stands without it. */
	public void close(Meeting meeting, QuorumRule rule, Instant now) {
		if (status != VoteStatus.OPEN) {
			throw new DomainException("meetings.error.vote-closed");
		}
		meeting.requireStatus(MeetingStatus.IN_PROGRESS);
		Quorum quorum = requireQuorum(meeting, rule);
		this.presentCount = quorum.present();
		this.status = VoteStatus.CLOSED;
		this.closedAt = now;
	}

	private static Quorum requireQuorum(Meeting meeting, QuorumRule rule) {
		Quorum quorum = meeting.quorum(rule);
		if (!quorum.reached()) {
			throw new DomainException("meetings.error.no-quorum", quorum.present(), quorum.required());
		}
		return quorum;
	}

	public boolean hasVoted(long participantId) {
		return casts.stream().anyMatch(cast -> cast.participantId() == participantId);
	}

	public int votesCast() {
		return forCount + againstCount + abstainCount;
	}

	/** Closed, and more than half of the votes cast are for the proposal. */
	public boolean adopted() {
		return status == VoteStatus.CLOSED && forCount * 2 > votesCast();
	}

	public long getAgendaItemId() {
		return agendaItemId;
	}

	public long getMeetingId() {
		return meetingId;
	}

	public boolean isSecret() {
		return secret;
	}

	public VoteStatus getStatus() {
		return status;
	}

	public int getForCount() {
		return forCount;
	}

	public int getAgainstCount() {
		return againstCount;
	}

	public int getAbstainCount() {
		return abstainCount;
	}

	public int getPresentCount() {
		return presentCount;
	}

	public int getRollSize() {
		return rollSize;
	}

	public Instant getOpenedAt() {
		return openedAt;
	}

	public @Nullable Instant getClosedAt() {
		return closedAt;
	}

	public List<VoteCast> getCasts() {
		return List.copyOf(casts);
	}

}
