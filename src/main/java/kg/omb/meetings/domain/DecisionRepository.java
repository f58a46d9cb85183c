package kg.omb.meetings.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface DecisionRepository extends Repository<Decision, Long> {

	Decision save(Decision decision);

	Optional<Decision> findById(long id);

	List<Decision> findAll();

	List<Decision> findByMeetingIdOrderByIdAsc(long meetingId);

	Optional<Decision> findByAgendaItemId(long agendaItemId);

	List<Decision> findByOrderByDecidedOnDescIdDesc(Limit limit);

	@Query("select distinct year(d.decidedOn) from Decision d order by 1 desc")
	List<Integer> years();

	@Query("""
			select d from Decision d
			where (:associationId is null or d.associationId = :associationId)
			  and d.decidedOn >= :from and d.decidedOn < :to
			order by d.decidedOn desc, d.id desc""")
	List<Decision> filtered(@Nullable Long associationId, LocalDate from, LocalDate to);

}
