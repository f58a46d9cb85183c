package kg.omb.documents.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import kg.omb.documents.DocumentKind;
import kg.omb.documents.DocumentStatus;

interface DocumentRepository extends JpaRepository<NormativeDocument, Long> {

	String REGISTRY_WHERE = """
			 from NormativeDocument d
			 where d.inForceSince is not null and d.status in :statuses
			 and (:kind is null or d.kind = :kind)
			 and (:level is null or :level member of d.levels)
			 and (:code is null or :code member of d.codes)
			 and (:association is null or d.associationId = :association)
			 and d.inForceSince >= :from and d.inForceSince < :until""";

	List<NormativeDocument> findByAssociationIdOrderByIdDesc(long associationId);

	/**
	 * Documents that entered into force (their act's effective day) from (included) until (excluded) the given days,
	 * in force first, the latest first. The days are never null: PostgreSQL cannot tell the type of a null parameter.
	 */
	@Query(value = "select d " + REGISTRY_WHERE
			+ " order by case when d.status = kg.omb.documents.DocumentStatus.IN_FORCE then 0 else 1 end,"
			+ " d.inForceSince desc, d.id desc", countQuery = "select count(d) " + REGISTRY_WHERE)
	Page<NormativeDocument> registry(Collection<DocumentStatus> statuses, @Nullable DocumentKind kind,
			@Nullable String level, @Nullable String code, @Nullable Long association, LocalDate from, LocalDate until,
			Pageable page);

	List<NormativeDocument> findByDiscussionClosesOnIsNotNull();

	List<NormativeDocument> findByStatusAndDiscussionClosesOnGreaterThanEqualOrderByDiscussionClosesOnAscIdDesc(
			DocumentStatus status, LocalDate closesOnOrAfter, Limit limit);

}
