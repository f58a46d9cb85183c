package kg.omb.meetings.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface MeetingRepository extends Repository<Meeting, Long> {

	Meeting save(Meeting meeting);

	Optional<Meeting> findById(long id);

	Meeting saveAndFlush(Meeting meeting);

	List<Meeting> findByStatusAndRemindedAtIsNullAndStartsAtBetween(MeetingStatus status, Instant from, Instant until);

	List<Meeting> findByAssociationIdInOrderByStartsAtDesc(Collection<Long> associationIds);

	@Query("select distinct p.meeting from Participant p where p.accountId = :accountId")
	List<Meeting> findInvited(long accountId);

}
