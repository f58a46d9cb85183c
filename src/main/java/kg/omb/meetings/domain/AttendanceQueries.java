package kg.omb.meetings.domain;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.meetings.AttendedMeeting;
import kg.omb.meetings.MeetingsAttended;

/** Who was present at which meeting held, read in one query. */
@Service
@Transactional(readOnly = true)
class AttendanceQueries implements MeetingsAttended {

	private final AttendedMeetings meetings;

	AttendanceQueries(AttendedMeetings meetings) {
		this.meetings = meetings;
	}

	@Override
	public List<AttendedMeeting> attendedBy(long accountId, Instant from, Instant until) {
		return meetings.attended(accountId, MeetingStatus.CLOSED, Attendance.ABSENT, from, until)
			.stream()
			.map(m -> new AttendedMeeting(m.id(), m.getAssociationId(), m.getSectionId(), m.getTitle(),
					m.getStartsAt()))
			.toList();
	}

}
