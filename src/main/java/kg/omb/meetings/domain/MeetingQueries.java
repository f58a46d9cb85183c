package kg.omb.meetings.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.association.AssociationStatus;
import kg.omb.association.AssociationView;
import kg.omb.association.Associations;
import kg.omb.association.SectionView;
import kg.omb.documents.DocumentView;
import kg.omb.documents.Documents;
import kg.omb.identity.CurrentAccess;
import kg.omb.identity.Role;
import kg.omb.identity.ScopeType;
import kg.omb.shared.Actor;
import kg.omb.shared.LocalizedText;

/** What the meeting pages show: the person's meetings, where they may schedule one, and one meeting whole. */
@Service
@Transactional(readOnly = true)
public class MeetingQueries {

	private final MeetingRepository meetings;

	private final VoteRepository votes;

	private final DecisionRepository decisions;

	private final MeetingService service;

	private final MeetingAccess access;

	private final CurrentAccess current;

	private final Associations associations;

	private final Documents documents;

	MeetingQueries(MeetingRepository meetings, VoteRepository votes, DecisionRepository decisions,
			MeetingService service, MeetingAccess access, CurrentAccess current, Associations associations,
			Documents documents) {
		this.meetings = meetings;
		this.votes = votes;
		this.decisions = decisions;
		this.service = service;
		this.access = access;
		this.current = current;
		this.associations = associations;
		this.documents = documents;
	}

	/** An OMB where the person may schedule meetings: of the whole OMB, or only of the sections they head. */
	public record Place(AssociationView association, boolean wholeOmb, List<SectionView> sections) {
	}

	public List<Place> places() {
		Map<Long, Place> places = new LinkedHashMap<>();
		Set<Long> whole = new HashSet<>(current.scopeIds(Role.OMB_SECRETARY, ScopeType.ASSOCIATION));
		whole.addAll(current.scopeIds(Role.OMB_CHAIR, ScopeType.ASSOCIATION));
		for (long id : whole) {
			associations.find(id).filter(a -> a.status() == AssociationStatus.ACTIVE).ifPresent(a -> places.put(id,
					new Place(a, true, openSections(id))));
		}
		for (long sectionId : current.scopeIds(Role.SECTION_HEAD, ScopeType.SECTION)) {
			associations.section(sectionId).filter(SectionView::open).ifPresent(section -> {
				Place known = places.get(section.associationId());
				if (known != null && !known.wholeOmb()) {
					known.sections().add(section);
				}
				else if (known == null) {
					associations.find(section.associationId())
						.filter(a -> a.status() == AssociationStatus.ACTIVE)
						.ifPresent(a -> places.put(a.id(), new Place(a, false, new ArrayList<>(List.of(section)))));
				}
			});
		}
		return List.copyOf(places.values());
	}

	/** The meetings the person organises or is invited to, latest first. */
	public List<MeetingSummary> mine() {
		Set<Long> organised = new HashSet<>(current.scopeIds(Role.OMB_SECRETARY, ScopeType.ASSOCIATION));
		organised.addAll(current.scopeIds(Role.OMB_CHAIR, ScopeType.ASSOCIATION));
		Map<Long, Meeting> found = new LinkedHashMap<>();
		meetings.findByAssociationIdInOrderByStartsAtDesc(organised).forEach(m -> found.put(m.id(), m));
		Long accountId = Actor.current().accountId();
		if (accountId != null) {
			meetings.findInvited(accountId).forEach(m -> found.putIfAbsent(m.id(), m));
		}
		Map<Long, LocalizedText> names = new LinkedHashMap<>();
		return found.values()
			.stream()
			.sorted(Comparator.comparing(Meeting::getStartsAt).reversed())
			.map(m -> new MeetingSummary(m.id(), names.computeIfAbsent(m.getAssociationId(), this::associationName),
					sectionName(m.getSectionId()), m.getTitle(), m.getStartsAt(), m.getPlace() != null,
					m.getLink() != null, m.getStatus()))
			.toList();
	}

	public MeetingDetail detail(long meetingId) {
		Meeting meeting = service.found(meetingId);
		Long accountId = Actor.current().accountId();
		Optional<Participant> me = accountId == null ? Optional.empty() : meeting.participantWithAccount(accountId);
		return detail(meeting, me, access.organises(meeting), access.chairs(meeting.getAssociationId()));
	}

	/** A meeting as its published minutes show it to anyone: no one's own part, nothing to do. */
	MeetingDetail publicDetail(long meetingId) {
		Meeting meeting = meetings.findById(meetingId)
			.orElseThrow(() -> new kg.omb.shared.NotFoundException("meetings.error.no-meeting"));
		return detail(meeting, Optional.empty(), false, false);
	}

	private MeetingDetail detail(Meeting meeting, Optional<Participant> me, boolean organiser, boolean chair) {
		QuorumRule rule = service.quorumRule(meeting.getAssociationId());
		Map<Long, Vote> byItem = new LinkedHashMap<>();
		votes.findByMeetingId(meeting.id()).forEach(vote -> byItem.put(vote.getAgendaItemId(), vote));
		Map<Long, Long> decided = new LinkedHashMap<>();
		decisions.findByMeetingIdOrderByIdAsc(meeting.id()).forEach(d -> decided.put(d.getAgendaItemId(), d.id()));
		List<MeetingDetail.Item> agenda = meeting.getAgenda()
			.stream()
			.map(item -> new MeetingDetail.Item(item.id(), item.getPosition(), item.getTitle(),
					item.getProposedDecision(), item.getDocumentId(), documentTitle(item.getDocumentId()),
					item.getDocumentVersion(), voteDetail(byItem.get(item.id()), me, decided.get(item.id()))))
			.toList();
		List<MeetingDetail.Roll> roll = meeting.getParticipants().stream().map(MeetingQueries::roll).toList();
		return new MeetingDetail(meeting.id(), meeting.getVersion(), meeting.getAssociationId(),
				associationName(meeting.getAssociationId()), meeting.getSectionId(),
				sectionName(meeting.getSectionId()), meeting.getTitle(), meeting.getStartsAt(), meeting.getPlace(),
				meeting.getLink(), meeting.getStatus(), agenda, roll, meeting.quorum(rule),
				me.map(MeetingQueries::roll).orElse(null), organiser, chair,
				service.absenteeVotingAllowed(meeting.getAssociationId()));
	}

	private static MeetingDetail.Roll roll(Participant p) {
		return new MeetingDetail.Roll(p.id(), p.getPersonName(), p.getAccountId() != null, p.getReply(),
				p.getAttendance());
	}

	static MeetingDetail.@Nullable VoteDetail voteDetail(@Nullable Vote vote, Optional<Participant> me,
			@Nullable Long decisionId) {
		if (vote == null) {
			return null;
		}
		List<String> voters = vote.getCasts().stream().map(VoteCast::voterName).sorted().toList();
		List<String> absentees = vote.getCasts().stream().filter(VoteCast::absentee).map(VoteCast::voterName).sorted()
			.toList();
		List<MeetingDetail.OpenChoice> choices = new ArrayList<>();
		if (!vote.isSecret()) {
			for (VoteCast cast : vote.getCasts()) {
				Choice choice = cast.choice();
				if (choice != null) {
					choices.add(new MeetingDetail.OpenChoice(cast.voterName(), choice));
				}
			}
			choices.sort(Comparator.comparing(MeetingDetail.OpenChoice::voterName));
		}
		return new MeetingDetail.VoteDetail(vote.id(), vote.isSecret(), vote.getStatus() == VoteStatus.OPEN,
				vote.getForCount(), vote.getAgainstCount(), vote.getAbstainCount(), voters, choices, vote.adopted(),
				me.map(p -> vote.hasVoted(p.id())).orElse(false), decisionId, vote.getAbsenteeUntil(),
				vote.absenteeVotes(), absentees, vote.isWithoutQuorum());
	}

	private @Nullable LocalizedText documentTitle(@Nullable Long documentId) {
		return documentId == null ? null : documents.find(documentId).map(DocumentView::title).orElse(null);
	}

	LocalizedText associationName(long associationId) {
		return associations.find(associationId).map(AssociationView::name).orElse(LocalizedText.of("—", "—", "—"));
	}

	@Nullable LocalizedText sectionName(@Nullable Long sectionId) {
		return sectionId == null ? null : associations.section(sectionId).map(SectionView::name).orElse(null);
	}

	private List<SectionView> openSections(long associationId) {
		return associations.sections(associationId).stream().filter(SectionView::open).toList();
	}

}
