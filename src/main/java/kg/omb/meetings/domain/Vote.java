package kg.omb.meetings.domain;

import java.time.Duration;
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
 * <p>
 * Where the OMB's bylaws allow it, a vote may stay open for absentee voting until a deadline: the members on the
 * roll who are not present vote electronically before it, and the tally closes at the deadline, not before. The
 * quorum of such a vote is counted on the members who voted, in the room, online or absentee: when they fall short
 * of it, the vote closes without a result.
 */
@Entity
@Table(name = "meeting_vote")
public class Vote extends BaseEntity {

	/** The longest an absentee vote may stay open. */
	public static final Duration LONGEST_ABSENTEE = Duration.ofDays(30);

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

	@Column(name = "absentee_until")
	private @Nullable Instant absenteeUntil;

	@Column(name = "reminded_at")
	private @Nullable Instant remindedAt;

	@Column(name = "without_quorum", nullable = false)
	private boolean withoutQuorum;

	@ElementCollection
	@CollectionTable(name = "meeting_vote_cast", joinColumns = @JoinColumn(name = "vote_id"))
	private List<VoteCast> casts = new ArrayList<>();

	protected Vote() {
		this.status = VoteStatus.OPEN;
		this.openedAt = Instant.EPOCH;
	}

	/** Opens the vote on the item; refused unless the meeting is in progress and has its quorum. */
	public Vote(Meeting meeting, AgendaItem item, boolean secret, QuorumRule rule, Instant now) {
		this(meeting, item, secret, rule, now, null);
	}

	/**
	 * Opens the vote on the item, with a deadline for absentee voting (within {@link #LONGEST_ABSENTEE} from now) or
	 * none. Without a deadline the meeting must have its quorum now; with one, the votes cast must reach it by then.
	 */
	public Vote(Meeting meeting, AgendaItem item, boolean secret, QuorumRule rule, Instant now,
			@Nullable Instant absenteeUntil) {
		meeting.requireStatus(MeetingStatus.IN_PROGRESS);
		Quorum quorum = meeting.quorum(rule);
		if (absenteeUntil == null) {
			requireQuorum(meeting, rule);
		}
		else if (!absenteeUntil.isAfter(now) || absenteeUntil.isAfter(now.plus(LONGEST_ABSENTEE))) {
			throw new DomainException("meetings.error.absentee-deadline", LONGEST_ABSENTEE.toDays());
		}
		this.absenteeUntil = absenteeUntil;
		this.agendaItemId = item.id();
		this.meetingId = meeting.id();
		this.secret = secret;
		this.status = VoteStatus.OPEN;
		this.presentCount = quorum.present();
		this.rollSize = quorum.roll();
		this.openedAt = now;
	}

	/**
	 * A member's vote, once each: a present member's, or before the deadline of an absentee vote an absent
	 * member's. In a secret ballot the choice only moves the tally.
	 */
	public void cast(Participant voter, Choice choice, Instant now) {
		if (status != VoteStatus.OPEN || absenteeUntil != null && !now.isBefore(absenteeUntil)) {
			throw new DomainException("meetings.error.vote-closed");
		}
		boolean absentee = !voter.getAttendance().present();
		if (absentee && absenteeUntil == null) {
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
		casts.add(new VoteCast(voter.id(), voter.getPersonName(), secret ? null : choice, now, absentee));
	}

	/** Ends the vote; refused when the quorum was lost meanwhile (members left), so that no result stands without it. */
	public void close(Meeting meeting, QuorumRule rule, Instant now) {
		if (status != VoteStatus.OPEN) {
			throw new DomainException("meetings.error.vote-closed");
		}
		if (absenteeUntil != null) {
			throw new DomainException("meetings.error.absentee-open-until", absenteeUntil);
		}
		meeting.requireStatus(MeetingStatus.IN_PROGRESS);
		Quorum quorum = requireQuorum(meeting, rule);
		this.presentCount = quorum.present();
		this.status = VoteStatus.CLOSED;
		this.closedAt = now;
	}

	/**
	 * Closes an absentee vote once its deadline has passed, whether the meeting is still sitting or not; without a
	 * quorum of votes cast it closes without a result. Returns false when it is not yet time (or it is closed).
	 */
	public boolean closeAtDeadline(QuorumRule rule, Instant now) {
		if (status != VoteStatus.OPEN || absenteeUntil == null || now.isBefore(absenteeUntil)) {
			return false;
		}
		this.withoutQuorum = !Quorum.of(rule, rollSize, votesCast()).reached();
		this.status = VoteStatus.CLOSED;
		this.closedAt = now;
		return true;
	}

	/** Marks the reminder before the absentee deadline as sent; false when it was sent already. */
	boolean markReminded(Instant now) {
		if (remindedAt != null || status != VoteStatus.OPEN || absenteeUntil == null) {
			return false;
		}
		this.remindedAt = now;
		return true;
	}

	public @Nullable Instant getAbsenteeUntil() {
		return absenteeUntil;
	}

	public boolean isWithoutQuorum() {
		return withoutQuorum;
	}

	public int absenteeVotes() {
		return (int) casts.stream().filter(VoteCast::absentee).count();
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
		return status == VoteStatus.CLOSED && !withoutQuorum && forCount * 2 > votesCast();
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
