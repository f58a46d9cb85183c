package kg.omb.meetings.domain;

import java.time.Clock;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.association.AssociationStatus;
import kg.omb.association.AssociationView;
import kg.omb.association.Associations;
import kg.omb.association.MemberView;
import kg.omb.audit.AuditLog;
import kg.omb.documents.DocumentView;
import kg.omb.documents.Documents;
import kg.omb.identity.AccountView;
import kg.omb.identity.Accounts;
import kg.omb.notifications.Notice;
import kg.omb.notifications.Notifications;
import kg.omb.shared.Actor;
import kg.omb.shared.DomainException;
import kg.omb.shared.NotFoundException;

/**
 * Scheduling and holding meetings (§20, §23). Scheduling takes the roll: the OMB's members in office (and its chair)
 * or a section's members, each invited in the app and by e-mail. Every change is audited; a change made on a page
 * that is out of date ({@code lock}) is refused.
 */
@Service
@Transactional
public class MeetingService {

	static final String TARGET = "meeting";

	private final MeetingRepository meetings;

	private final QuorumSettings quorumSettings;

	private final MeetingAccess access;

	private final Associations associations;

	private final Documents documents;

	private final Accounts accounts;

	private final Notifications notifications;

	private final AuditLog audit;

	private final Clock clock;

	MeetingService(MeetingRepository meetings, QuorumSettings quorumSettings, MeetingAccess access,
			Associations associations, Documents documents, Accounts accounts, Notifications notifications,
			AuditLog audit, Clock clock) {
		this.meetings = meetings;
		this.quorumSettings = quorumSettings;
		this.access = access;
		this.associations = associations;
		this.documents = documents;
		this.accounts = accounts;
		this.notifications = notifications;
		this.audit = audit;
		this.clock = clock;
	}

	public long schedule(ScheduleMeeting command) {
		access.require(access.organises(command.associationId(), command.sectionId()));
		AssociationView association = associations.find(command.associationId())
			.orElseThrow(() -> new NotFoundException("meetings.error.no-association"));
		if (association.status() != AssociationStatus.ACTIVE) {
			throw new DomainException("meetings.error.association-closed");
		}
		if (command.sectionId() != null && associations.section(command.sectionId())
			.filter(section -> section.associationId() == association.id() && section.open())
			.isEmpty()) {
			throw new DomainException("meetings.error.section-other-omb");
		}
		Meeting meeting = new Meeting(association.id(), command.sectionId(), command.title(), command.startsAt(),
				command.place(), command.link(), clock.instant());
		Set<Long> invitedAccounts = new HashSet<>();
		for (MemberView member : associations.members(association.id())) {
			if (command.sectionId() == null || command.sectionId().equals(member.sectionId())) {
				if (member.accountId() == null || invitedAccounts.add(member.accountId())) {
					meeting.invite(member.memberId(), member.accountId(), member.personName());
				}
			}
		}
		Long chair = association.chairAccountId();
		if (command.sectionId() == null && chair != null && !invitedAccounts.contains(chair)) {
			accounts.find(chair).map(AccountView::displayName).ifPresent(name -> meeting.invite(null, chair, name));
		}
		Meeting saved = meetings.save(meeting);
		Notice invitation = Notice.of("meetings", "meetings.notice.invited.title", "meetings.notice.invited.body",
				saved.getTitle(), association.name(), saved.getStartsAt()).withLink(path(saved));
		saved.getParticipants()
			.stream()
			.map(Participant::getAccountId)
			.filter(Objects::nonNull)
			.forEach(accountId -> notifications.notify(accountId, invitation));
		audit.record("meeting.scheduled", TARGET, saved.id(), Map.of("association", association.id(), "roll",
				saved.getParticipants().size(), "online", saved.getLink() != null));
		return saved.id();
	}

	public void addItem(long meetingId, long lock, NewAgendaItem item) {
		Meeting meeting = organised(meetingId, lock);
		if (item.documentId() != null) {
			DocumentView document = documents.find(item.documentId())
				.filter(found -> found.associationId() == meeting.getAssociationId())
				.orElseThrow(() -> new DomainException("meetings.error.document-other-omb"));
			if (item.documentVersion() != null && documents.versions(document.id())
				.stream()
				.noneMatch(version -> version.number() == item.documentVersion())) {
				throw new DomainException("meetings.error.no-such-version", item.documentVersion());
			}
		}
		Integer version = item.documentId() == null ? null
				: item.documentVersion() != null ? item.documentVersion() : currentVersion(item.documentId());
		AgendaItem added = meeting.addItem(item.title(), item.proposedDecision(), item.documentId(), version);
		meetings.save(meeting);
		audit.record("meeting.agenda.item-added", TARGET, meeting.id(), Map.of("title", added.getTitle()));
	}

	public void removeItem(long meetingId, long lock, long itemId) {
		Meeting meeting = organised(meetingId, lock);
		meeting.removeItem(itemId);
		audit.record("meeting.agenda.item-removed", TARGET, meeting.id(), Map.of("item", itemId));
	}

	/** The signed-in member answers the invitation. */
	public void reply(long meetingId, Reply reply) {
		Meeting meeting = found(meetingId);
		Participant me = mine(meeting);
		meeting.reply(me, reply);
		audit.record("meeting.invitation.replied", TARGET, meeting.id(), Map.of("reply", reply.name()));
	}

	public void open(long meetingId, long lock) {
		Meeting meeting = organised(meetingId, lock);
		meeting.open(clock.instant());
		audit.record("meeting.opened", TARGET, meeting.id());
	}

	public void close(long meetingId, long lock) {
		Meeting meeting = organised(meetingId, lock);
		meeting.close(clock.instant());
		audit.record("meeting.closed", TARGET, meeting.id());
	}

	public void cancel(long meetingId, long lock) {
		Meeting meeting = organised(meetingId, lock);
		meeting.cancel();
		Notice cancelled = Notice.of("meetings", "meetings.notice.cancelled.title", "meetings.notice.cancelled.body",
				meeting.getTitle(), meeting.getStartsAt()).withLink(path(meeting));
		meeting.getParticipants()
			.stream()
			.map(Participant::getAccountId)
			.filter(Objects::nonNull)
			.forEach(accountId -> notifications.notify(accountId, cancelled));
		audit.record("meeting.cancelled", TARGET, meeting.id());
	}

	/** The secretary records who is present, in the room or online. */
	public void recordAttendance(long meetingId, long participantId, Attendance attendance) {
		Meeting meeting = found(meetingId);
		access.require(access.organises(meeting));
		Participant participant = meeting.participant(participantId)
			.orElseThrow(() -> new NotFoundException("meetings.error.no-participant"));
		meeting.recordAttendance(participant, attendance);
		audit.record("meeting.attendance.recorded", TARGET, meeting.id(),
				Map.of("participant", participantId, "attendance", attendance.name()));
	}

	/** A member on the roll says they are here, in the room or online. */
	public void markMyAttendance(long meetingId, Attendance attendance) {
		Meeting meeting = found(meetingId);
		Participant me = mine(meeting);
		meeting.recordAttendance(me, attendance);
		audit.record("meeting.attendance.marked", TARGET, meeting.id(),
				Map.of("participant", me.id(), "attendance", attendance.name()));
	}

	/** The chair records the quorum rule of the OMB's bylaws. */
	public void setQuorumRule(long associationId, QuorumRule rule) {
		setQuorumRule(associationId, rule, absenteeVotingAllowed(associationId));
	}

	/** The chair records the quorum rule of the OMB's bylaws and whether they allow absentee voting by a deadline. */
	public void setQuorumRule(long associationId, QuorumRule rule, boolean absenteeVoting) {
		access.require(access.chairs(associationId));
		QuorumSetting setting = quorumSettings.findByAssociationId(associationId)
			.orElseGet(() -> new QuorumSetting(associationId, rule));
		setting.change(rule);
		setting.allowAbsenteeVoting(absenteeVoting);
		quorumSettings.save(setting);
		audit.record("meeting.quorum-rule.set", "association", associationId,
				Map.of("numerator", rule.numerator(), "denominator", rule.denominator(), "strictlyMore",
						rule.strictlyMore(), "absenteeVoting", absenteeVoting));
	}

	@Transactional(readOnly = true)
	public boolean absenteeVotingAllowed(long associationId) {
		return quorumSettings.findByAssociationId(associationId).map(QuorumSetting::absenteeVoting).orElse(false);
	}

	@Transactional(readOnly = true)
	public QuorumRule quorumRule(long associationId) {
		return quorumSettings.findByAssociationId(associationId)
			.map(QuorumSetting::rule)
			.orElse(QuorumRule.MORE_THAN_HALF);
	}

	static String path(Meeting meeting) {
		return "/manage/meetings/" + meeting.id();
	}

	private Integer currentVersion(long documentId) {
		return documents.find(documentId).map(DocumentView::currentVersion).orElseThrow();
	}

	private Meeting organised(long meetingId, long lock) {
		Meeting meeting = found(meetingId);
		access.require(access.organises(meeting));
		if (meeting.getVersion() != lock) {
			throw new OptimisticLockingFailureException("meeting " + meetingId + " changed");
		}
		return meeting;
	}

	Meeting found(long meetingId) {
		Meeting meeting = meetings.findById(meetingId)
			.orElseThrow(() -> new NotFoundException("meetings.error.no-meeting"));
		access.require(access.sees(meeting));
		return meeting;
	}

	Participant mine(Meeting meeting) {
		Long accountId = Actor.current().accountId();
		return accountId == null ? refused()
				: meeting.participantWithAccount(accountId).orElseGet(MeetingService::refused);
	}

	private static Participant refused() {
		throw new DomainException("meetings.error.not-on-roll");
	}

}
