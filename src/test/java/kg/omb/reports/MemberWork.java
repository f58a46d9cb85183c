package kg.omb.reports;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One member's OMB work written straight into the other modules' tables, as their services would have left it:
 * reviews the member submitted as an expert, their attendance at meetings, documents leaving drafting and working
 * groups completing their task. What a teaching-load statement then lists is exactly what was written here.
 */
final class MemberWork {

	private final JdbcTemplate jdbc;

	private final long accountId;

	private final String personName;

	private final Timestamp now = Timestamp.from(Instant.now());

	private @Nullable Long expertId;

	MemberWork(JdbcTemplate jdbc, long accountId, String personName) {
		this.jdbc = jdbc;
		this.accountId = accountId;
		this.personName = personName;
	}

	/** A review of a request of the OMB, in the mode given, submitted at the instant with the hours stored on it. */
	long review(long associationId, String title, String mode, Instant submittedAt) {
		Timestamp at = Timestamp.from(submittedAt);
		long request = insert("insert into review_request (subject_type, subject_id, subject_version, title_ky,"
				+ " language, association_id, reviewers_needed, mode, answer_by, submit_by, round_number, status,"
				+ " version, created_at, updated_at) values ('bench', 1, 1, ?, 'ky', ?, 1, ?, ?, ?, 1, 'IN_PROGRESS', 0,"
				+ " ?, ?)", title, associationId, mode, Date.valueOf(LocalDate.of(2020, 1, 1)),
				Date.valueOf(LocalDate.of(2030, 1, 1)), at, at);
		insert("insert into review_assignment (request_id, round_number, expert_id, ordinal, status, answer_by,"
				+ " submit_by, recommendation, submitted_at, review_hours, version, created_at, updated_at)"
				+ " values (?, 1, ?, 1, 'SUBMITTED', ?, ?, 'APPROVE', ?, ?, 0, ?, ?)", request, expert(),
				Date.valueOf(LocalDate.of(2020, 1, 1)), Date.valueOf(LocalDate.of(2030, 1, 1)), at,
				new BigDecimal("2.00"), at, at);
		return request;
	}

	/** The member on the meeting's roll, attending as given (ABSENT, IN_PERSON, ONLINE). */
	void attended(long meetingId, String attendance) {
		insert("insert into meeting_participant (meeting_id, account_id, person_name, reply, attendance, version,"
				+ " created_at, updated_at) values (?, ?, ?, 'ATTENDING', ?, 0, ?, ?)", meetingId, accountId, personName,
				attendance, now, now);
	}

	/** The document left drafting at the instant, for the step given. */
	void leftDrafting(long documentId, String to, Instant at) {
		insert("insert into document_transition (document_id, from_status, to_status, actor_id, actor_name,"
				+ " occurred_at) values (?, 'DRAFTING', ?, ?, ?, ?)", documentId, to, accountId, personName,
				Timestamp.from(at));
	}

	/** The member made the step that created the document. */
	void created(long documentId) {
		jdbc.update("update document_transition set actor_id = ?, actor_name = ? where document_id = ?"
				+ " and from_status is null", accountId, personName, documentId);
	}

	void draftedBy(long documentId, long workingGroupId) {
		jdbc.update("update normative_document set working_group_id = ? where id = ?", workingGroupId, documentId);
	}

	void completed(long workingGroupId, LocalDate on) {
		jdbc.update("update association_working_group set completed_on = ? where id = ?", Date.valueOf(on),
				workingGroupId);
	}

	private long expert() {
		if (expertId == null) {
			expertId = insert("insert into review_expert (account_id, person_name, experience_years, status, version,"
					+ " created_at, updated_at) values (?, ?, 10, 'APPROVED', 0, ?, ?)", accountId, personName, now,
					now);
		}
		return expertId;
	}

	private long insert(String sql, @Nullable Object... arguments) {
		return YearOfActivity.insert(jdbc, sql, arguments);
	}

}
