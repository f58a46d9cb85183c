package kg.omb.association.domain;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.directory.ActCitation;
import kg.omb.directory.ActCitations;

/** What rests on a legal act in the structure of the OMBs, read from their history, for the act's page. */
@Component
@Transactional(readOnly = true)
class AssociationCitations implements ActCitations {

	private final HistoryRepository history;

	AssociationCitations(HistoryRepository history) {
		this.history = history;
	}

	@Override
	public List<ActCitation> citing(long legalActId) {
		return history.findByActIdOrderByIdAsc(legalActId)
			.stream()
			.map(line -> new ActCitation(line.getKind().messageKey(), line.getSubject(), line.getEffectiveOn(),
					line.getAssociationId() != null ? "/associations/" + line.getAssociationId()
							: "/councils/" + line.getCouncilId()))
			.toList();
	}

}
