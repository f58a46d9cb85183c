package kg.omb.documents.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.association.Associations;
import kg.omb.association.WorkingGroupView;
import kg.omb.documents.DocumentAuthorship;
import kg.omb.documents.DocumentStatus;
import kg.omb.documents.DraftedDocument;

/**
 * Who drafted what: the author is the account that created the draft (its first step), and the participants of
 * the working group named for it; a document counts once, when it first left drafting.
 */
@Service
@Transactional(readOnly = true)
class AuthorshipQueries implements DocumentAuthorship {

	private final AuthoredDocuments documents;

	private final Associations associations;

	AuthorshipQueries(AuthoredDocuments documents, Associations associations) {
		this.documents = documents;
		this.associations = associations;
	}

	@Override
	public List<DraftedDocument> draftedBy(long accountId, Instant from, Instant until) {
		Map<Long, NormativeDocument> candidates = new LinkedHashMap<>();
		documents.movedIntoDraftingBy(accountId)
			.stream()
			.filter(document -> createdBy(document, accountId))
			.forEach(document -> candidates.put(document.id(), document));
		List<Long> groups = associations.workingGroupsOf(accountId).stream().map(WorkingGroupView::id).toList();
		if (!groups.isEmpty()) {
			documents.findByWorkingGroupIdIn(groups).forEach(document -> candidates.putIfAbsent(document.id(), document));
		}
		return candidates.values()
			.stream()
			.map(document -> draftedAt(document).filter(at -> !at.isBefore(from) && at.isBefore(until))
				.map(at -> new DraftedDocument(document.id(), document.getAssociationId(), document.getKind(),
						document.getTitle(), at)))
			.flatMap(Optional::stream)
			.sorted(Comparator.comparing(DraftedDocument::draftedAt).thenComparing(DraftedDocument::documentId))
			.toList();
	}

	/** Whether the account made the step that created the document (the one from no status). */
	private static boolean createdBy(NormativeDocument document, long accountId) {
		return document.getTransitions()
			.stream()
			.filter(step -> step.getFrom() == null)
			.findFirst()
			.map(step -> Long.valueOf(accountId).equals(step.getActorId()))
			.orElse(false);
	}

	/** When the document first left drafting; none while it is still being drafted. */
	private static Optional<Instant> draftedAt(NormativeDocument document) {
		return document.getTransitions()
			.stream()
			.filter(step -> step.getFrom() == DocumentStatus.DRAFTING)
			.map(DocumentTransition::getOccurredAt)
			.filter(Objects::nonNull)
			.min(Comparator.naturalOrder());
	}

}
