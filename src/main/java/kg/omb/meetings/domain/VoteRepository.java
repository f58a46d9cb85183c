package kg.omb.meetings.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.repository.Repository;

interface VoteRepository extends Repository<Vote, Long> {

	Vote save(Vote vote);

	Optional<Vote> findById(long id);

	/** The vote, locked until the transaction ends: members vote at the same moment, and every vote must count. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	Optional<Vote> findWithLockByAgendaItemId(long agendaItemId);

	Optional<Vote> findByAgendaItemId(long agendaItemId);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	Optional<Vote> findWithLockById(long id);

	Vote saveAndFlush(Vote vote);

	List<Vote> findByStatusAndAbsenteeUntilLessThanEqual(VoteStatus status, Instant until);

	List<Vote> findByStatusAndRemindedAtIsNullAndAbsenteeUntilBetween(VoteStatus status, Instant from, Instant until);

	List<Vote> findByMeetingId(long meetingId);

}
