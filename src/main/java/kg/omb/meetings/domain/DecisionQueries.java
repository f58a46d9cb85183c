package kg.omb.meetings.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.documents.DocumentView;
import kg.omb.documents.Documents;
import kg.omb.meetings.DecisionSummary;
import kg.omb.meetings.Decisions;
import kg.omb.shared.LocalizedText;
import kg.omb.shared.NotFoundException;

/** The public decisions (§7, §10.7): the list with its filters, one decision whole, and the latest for the portal. */
@Service
@Transactional(readOnly = true)
public class DecisionQueries implements Decisions {

	private static final LocalDate EARLIEST = LocalDate.of(1991, 1, 1);

	private static final LocalDate LATEST = LocalDate.of(9999, 1, 1);

	private final DecisionRepository decisions;

	private final MeetingRepository meetings;

	private final VoteRepository votes;

	private final MeetingQueries names;

	private final Documents documents;

	DecisionQueries(DecisionRepository decisions, MeetingRepository meetings, VoteRepository votes,
			MeetingQueries names, Documents documents) {
		this.decisions = decisions;
		this.meetings = meetings;
		this.votes = votes;
		this.names = names;
		this.documents = documents;
	}

	@Override
	public List<DecisionSummary> latest(int count) {
		return summaries(decisions.findByOrderByDecidedOnDescIdDesc(Limit.of(Math.max(1, Math.min(count, 100)))));
	}

	/** The decisions of an OMB and of a year, either or both, newest first. */
	public List<DecisionSummary> list(@Nullable Long associationId, @Nullable Integer year) {
		LocalDate from = year == null ? EARLIEST : LocalDate.of(year, 1, 1);
		LocalDate to = year == null ? LATEST : from.plusYears(1);
		return summaries(decisions.filtered(associationId, from, to));
	}

	/** The years in which decisions were taken, latest first. */
	public List<Integer> years() {
		return decisions.years();
	}

	public DecisionView detail(long decisionId) {
		Decision decision = decisions.findById(decisionId)
			.orElseThrow(() -> new NotFoundException("meetings.error.no-decision"));
		Meeting meeting = meetings.findById(decision.getMeetingId()).orElseThrow();
		Vote vote = votes.findById(decision.getVoteId()).orElseThrow();
		LocalizedText documentTitle = decision.getDocumentId() == null ? null
				: documents.find(decision.getDocumentId()).map(DocumentView::title).orElse(null);
		return new DecisionView(decision.id(), decision.getTitle(), decision.getText(), decision.getDecidedOn(),
				decision.getAssociationId(), names.associationName(decision.getAssociationId()),
				names.sectionName(decision.getSectionId()), meeting.id(), meeting.getTitle(), meeting.getStartsAt(),
				meeting.getPlace() != null, meeting.getLink() != null, vote.isSecret(), vote.getForCount(),
				vote.getAgainstCount(), vote.getAbstainCount(), vote.getPresentCount(), vote.getRollSize(),
				decision.getDocumentId(), documentTitle, decision.getDocumentVersion());
	}

	private List<DecisionSummary> summaries(List<Decision> found) {
		Map<Long, LocalizedText> associationNames = new HashMap<>();
		return found.stream()
			.map(d -> new DecisionSummary(d.id(), "/decisions/" + d.id(), d.getTitle(),
					associationNames.computeIfAbsent(d.getAssociationId(), names::associationName), d.getDecidedOn()))
			.toList();
	}

}
