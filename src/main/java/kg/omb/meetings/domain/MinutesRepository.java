package kg.omb.meetings.domain;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface MinutesRepository extends Repository<Minutes, Long> {

	Minutes save(Minutes minutes);

	Optional<Minutes> findByMeetingId(long meetingId);

}
