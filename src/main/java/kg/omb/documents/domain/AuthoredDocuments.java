package kg.omb.documents.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface AuthoredDocuments extends Repository<NormativeDocument, Long> {

	/** Documents with a step into drafting by the account: its creation among them. */
	@Query("select distinct t.document from DocumentTransition t where t.actorId = :accountId"
			+ " and t.to = kg.omb.documents.DocumentStatus.DRAFTING")
	List<NormativeDocument> movedIntoDraftingBy(long accountId);

	List<NormativeDocument> findByWorkingGroupIdIn(Collection<Long> workingGroupIds);

}
