package kg.omb.meetings.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.audit.AuditLog;
import kg.omb.meetings.DecisionTaken;
import kg.omb.shared.Bishkek;
import kg.omb.shared.DomainException;
import kg.omb.shared.NotFoundException;

/**
 * Votes on agenda items (§23): the organiser opens a vote, open or secret, when the meeting has its quorum; the
 * members present vote electronically from wherever they sit, in the room or online; the organiser closes it, and
 * an adopted proposal becomes the OMB's decision, published at once. Where the bylaws allow it, a vote stays open
 * for absentee voting until a deadline and is closed at the deadline by the server.
 */
@Service
@Transactional
public class VotingService {

	private final MeetingService meetings;

	private final VoteRepository votes;

	private final DecisionRepository decisions;

	private final MeetingAccess access;

	private final DecisionSearchEntries search;

	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	private final Clock clock;

	private final MeetingRepository meetingRepository;

	private final TransactionTemplate transactions;

	VotingService(MeetingService meetings, MeetingRepository meetingRepository, VoteRepository votes,
			DecisionRepository decisions, MeetingAccess access, DecisionSearchEntries search,
			ApplicationEventPublisher events, AuditLog audit, PlatformTransactionManager transactions, Clock clock) {
		this.meetings = meetings;
		this.meetingRepository = meetingRepository;
		this.transactions = new TransactionTemplate(transactions);
		this.votes = votes;
		this.decisions = decisions;
		this.access = access;
		this.search = search;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	public long openVote(long meetingId, long itemId, boolean secret) {
		return openVote(meetingId, itemId, secret, null);
	}

	/**
	 * Opens the vote on the item; with a deadline, for absentee voting until then, which the OMB's bylaws must
	 * allow.
	 */
	public long openVote(long meetingId, long itemId, boolean secret, @Nullable Instant absenteeUntil) {
		Meeting meeting = meetings.found(meetingId);
		access.require(access.organises(meeting));
		AgendaItem item = item(meeting, itemId);
		if (votes.findByAgendaItemId(item.id()).isPresent()) {
			throw new DomainException("meetings.error.vote-exists");
		}
		if (absenteeUntil != null && !meetings.absenteeVotingAllowed(meeting.getAssociationId())) {
			throw new DomainException("meetings.error.absentee-not-allowed");
		}
		Vote vote = votes.save(new Vote(meeting, item, secret,
				meetings.quorumRule(meeting.getAssociationId()), clock.instant(), absenteeUntil));
		Map<String, Object> details = new LinkedHashMap<>(
				Map.of("item", item.id(), "secret", secret, "present", vote.getPresentCount()));
		if (absenteeUntil != null) {
			details.put("absenteeUntil", absenteeUntil.toString());
		}
		audit.record("meeting.vote.opened", MeetingService.TARGET, meeting.id(), details);
		return vote.id();
	}

	/** The signed-in member, present, votes on the item. */
	public void cast(long meetingId, long itemId, Choice choice) {
		Meeting meeting = meetings.found(meetingId);
		Participant me = meetings.mine(meeting);
		Vote vote = lockedVote(meeting, itemId);
		vote.cast(me, choice, clock.instant());
		// the audit entry says that the member voted, never how: the open ballot's choice is on the vote itself
		audit.record("meeting.vote.cast", MeetingService.TARGET, meeting.id(), Map.of("item", itemId));
	}

	/** Closes the vote; an adopted proposal becomes a decision. Returns the decision's id, or 0 when not adopted. */
	public long closeVote(long meetingId, long itemId) {
		Meeting meeting = meetings.found(meetingId);
		access.require(access.organises(meeting));
		AgendaItem item = item(meeting, itemId);
		Vote vote = lockedVote(meeting, itemId);
		vote.close(meeting, meetings.quorumRule(meeting.getAssociationId()), clock.instant());
		return closed(meeting, item, vote);
	}

	/**
	 * Closes the absentee votes whose deadline has passed, each in its own transaction and under its lock, so that
	 * a vote is closed once even when two nodes run at the same time; returns how many were closed.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public int closeDueAbsenteeVotes() {
		int closed = 0;
		for (Vote due : votes.findByStatusAndAbsenteeUntilLessThanEqual(VoteStatus.OPEN, clock.instant())) {
			Boolean done = transactions.execute(status -> closeAtDeadline(due.id()));
			if (Boolean.TRUE.equals(done)) {
				closed++;
			}
		}
		return closed;
	}

	private boolean closeAtDeadline(long voteId) {
		Vote vote = votes.findWithLockById(voteId).orElseThrow();
		Meeting meeting = meetingRepository.findById(vote.getMeetingId()).orElseThrow();
		if (!vote.closeAtDeadline(meetings.quorumRule(meeting.getAssociationId()), clock.instant())) {
			return false;
		}
		closed(meeting, item(meeting, vote.getAgendaItemId()), vote);
		return true;
	}

	private long closed(Meeting meeting, AgendaItem item, Vote vote) {
		audit.record("meeting.vote.closed", MeetingService.TARGET, meeting.id(),
				Map.of("item", item.id(), "for", vote.getForCount(), "against", vote.getAgainstCount(), "abstain",
						vote.getAbstainCount(), "withoutQuorum", vote.isWithoutQuorum()));
		if (!vote.adopted() || item.getProposedDecision() == null) {
			return 0;
		}
		Decision decision = decisions.save(new Decision(meeting, item, vote, Bishkek.today(clock)));
		search.put(decision);
		events.publishEvent(new DecisionTaken(decision.id(), decision.getAssociationId(), meeting.id(),
				decision.getDocumentId(), decision.getDocumentVersion()));
		audit.record("meeting.decision.taken", "meeting-decision", decision.id(), Map.of("meeting", meeting.id()));
		return decision.id();
	}

	private Vote lockedVote(Meeting meeting, long itemId) {
		AgendaItem item = item(meeting, itemId);
		return votes.findWithLockByAgendaItemId(item.id())
			.orElseThrow(() -> new DomainException("meetings.error.no-vote"));
	}

	private static AgendaItem item(Meeting meeting, long itemId) {
		return meeting.item(itemId).orElseThrow(() -> new NotFoundException("meetings.error.no-item"));
	}

}
