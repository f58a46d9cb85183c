package kg.omb.meetings.domain;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface AttendedMeetings extends Repository<Meeting, Long> {

	@Query("select p.meeting from Participant p where p.accountId = :accountId and p.attendance <> :absent"
			+ " and p.meeting.status = :status and p.meeting.startsAt >= :from and p.meeting.startsAt < :until"
			+ " order by p.meeting.startsAt asc")
	List<Meeting> attended(long accountId, MeetingStatus status, Attendance absent, Instant from, Instant until);

}
