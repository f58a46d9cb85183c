package kg.omb.documents.web.manage;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import kg.omb.association.AssociationView;
import kg.omb.association.Associations;
import kg.omb.association.SectionView;
import kg.omb.association.WorkingGroupView;
import kg.omb.documents.DocumentStatus;
import kg.omb.documents.DocumentView;
import kg.omb.documents.Documents;
import kg.omb.documents.WorkflowStep;
import kg.omb.documents.discussion.PublicDiscussion;
import kg.omb.shared.Bishkek;

/**
 * The documents a person works on, per OMB: all of an OMB they author for as chair or secretary, those of the
 * sections they head, and those submitted to (or put in force by) the authority they decide for; each with what is
 * waiting for them.
 */
@Component
class Desk {

	private final Seats seats;

	private final Documents documents;

	private final Associations associations;

	private final PublicDiscussion discussion;

	private final Clock clock;

	Desk(Seats seats, Documents documents, Associations associations, PublicDiscussion discussion, Clock clock) {
		this.seats = seats;
		this.documents = documents;
		this.associations = associations;
		this.discussion = discussion;
		this.clock = clock;
	}

	List<OmbDocuments> mine() {
		Map<Long, List<DocumentView>> byOmb = new LinkedHashMap<>();
		for (long id : seats.wholeOmbs()) {
			byOmb.computeIfAbsent(id, documents::ofAssociation);
		}
		Map<Long, Set<Long>> headed = seats.headedSections()
			.stream()
			.collect(Collectors.groupingBy(SectionView::associationId, LinkedHashMap::new,
					Collectors.mapping(SectionView::id, Collectors.toSet())));
		headed.forEach((omb, sections) -> byOmb.computeIfAbsent(omb, id -> documents.ofAssociation(id)
			.stream()
			.filter(document -> document.sectionId() != null && sections.contains(document.sectionId()))
			.toList()));
		Map<Long, Set<Long>> groups = seats.workingGroups()
			.stream()
			.collect(Collectors.groupingBy(WorkingGroupView::associationId, LinkedHashMap::new,
					Collectors.mapping(WorkingGroupView::id, Collectors.toSet())));
		groups.forEach((omb, ids) -> {
			List<DocumentView> drafted = documents.ofAssociation(omb)
				.stream()
				.filter(document -> document.workingGroupId() != null && ids.contains(document.workingGroupId()))
				.toList();
			byOmb.merge(omb, drafted, (already, more) -> Stream.concat(already.stream(),
					more.stream().filter(document -> !already.contains(document))).toList());
		});
		for (AssociationView omb : seats.decidedOmbs()) {
			if (!byOmb.containsKey(omb.id())) {
				List<DocumentView> submitted = documents.ofAssociation(omb.id())
					.stream()
					.filter(document -> document.status() == DocumentStatus.SUBMITTED
							|| document.status() == DocumentStatus.IN_FORCE)
					.toList();
				if (!submitted.isEmpty()) {
					byOmb.put(omb.id(), submitted);
				}
			}
		}
		LocalDate today = Bishkek.today(clock);
		List<OmbDocuments> desk = new ArrayList<>();
		byOmb.entrySet()
			.stream()
			.filter(entry -> !entry.getValue().isEmpty())
			.forEach(entry -> associations.find(entry.getKey()).ifPresent(omb -> desk.add(new OmbDocuments(omb,
					entry.getValue().stream().map(document -> row(document, today)).toList()))));
		return desk;
	}

	private Row row(DocumentView document, LocalDate today) {
		Capacities may = seats.of(document);
		return new Row(document, may, waiting(document, may, today));
	}

	/** What the document waits for from this person, if anything. */
	@Nullable Waiting waiting(DocumentView document, Capacities may, LocalDate today) {
		return switch (document.status()) {
			case DRAFTING -> {
				if (!may.author()) {
					yield null;
				}
				long undisposed = document.takesDispositions() ? discussion.undisposed(document.id()) : 0;
				yield undisposed > 0 ? new Waiting("documents.manage.waiting.dispose", undisposed)
						: new Waiting(document.kind().takes(WorkflowStep.PUBLIC_DISCUSSION)
								&& document.discussionClosesOn() == null ? "documents.manage.waiting.draft-discussion"
										: "documents.manage.waiting.draft-review");
			}
			case PUBLIC_DISCUSSION -> may.author() ? document.discussionClosesOn() != null
					&& today.isAfter(document.discussionClosesOn()) ? new Waiting("documents.manage.waiting.close")
							: new Waiting("documents.manage.waiting.discussion", Dates.format(document.discussionClosesOn())) : null;
			case DISPOSITION_OF_COMMENTS -> {
				if (!may.author()) {
					yield null;
				}
				long undisposed = discussion.undisposed(document.id());
				yield undisposed > 0 ? new Waiting("documents.manage.waiting.dispose", undisposed)
						: new Waiting("documents.manage.waiting.send");
			}
			case EXPERT_REVIEW -> may.chair() ? new Waiting("documents.manage.waiting.expert-review") : null;
			case CHAIR_REVIEW -> may.chair() ? new Waiting(document.kind().takes(WorkflowStep.OMB_DECISION)
					? "documents.manage.waiting.adopt" : "documents.manage.waiting.submit") : null;
			case SUBMITTED -> may.decides() ? new Waiting("documents.manage.waiting.approve") : null;
			default -> null;
		};
	}

	record OmbDocuments(AssociationView association, List<Row> rows) {
	}

	record Row(DocumentView document, Capacities may, @Nullable Waiting waiting) {
	}

	/** A message key and its arguments. */
	record Waiting(String key, @Nullable Object... arguments) {
	}

}
