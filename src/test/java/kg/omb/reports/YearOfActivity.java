package kg.omb.reports;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

import kg.omb.shared.Bishkek;

/**
 * An OMB's year written straight into the other modules' tables, row by row, as their services would have left
 * it: a work plan and its items, meetings with the votes and decisions they took, events with who came, review
 * requests and membership changes. What the report must then show is exactly what was written here.
 */
final class YearOfActivity {

	private final JdbcTemplate jdbc;

	private final long associationId;

	private final Timestamp now = Timestamp.from(Instant.now());

	YearOfActivity(JdbcTemplate jdbc, long associationId) {
		this.jdbc = jdbc;
		this.associationId = associationId;
	}

	long plan(int year, boolean approved) {
		return insert("insert into work_plan (association_id, plan_year, status, version, created_at, updated_at)"
				+ " values (?, ?, ?, 0, ?, ?)", associationId, year, approved ? "APPROVED" : "DRAFT", now, now);
	}

	void planItem(long planId, int position, String activity, LocalDate dueOn, @Nullable LocalDate doneOn) {
		insert("insert into work_plan_item (plan_id, position, activity, responsible, due_on, expected_output, done_on,"
				+ " version, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)", planId, position, activity,
				"Катчы", Date.valueOf(dueOn), "Жыйынтык", doneOn == null ? null : Date.valueOf(doneOn), now, now);
	}

	/** A meeting on the day at 10:00 Bishkek, with the status given, that adopted decisions with these titles. */
	long meeting(String title, LocalDate on, String status, String... decisions) {
		Timestamp startsAt = Timestamp.from(LocalDateTime.of(on, java.time.LocalTime.of(10, 0))
			.atZone(Bishkek.ZONE).toInstant());
		long meeting = insert("insert into meeting (association_id, title, starts_at, link, status, version, created_at,"
				+ " updated_at) values (?, ?, ?, ?, ?, 0, ?, ?)", associationId, title, startsAt,
				"https://meet.example.kg/" + title.hashCode(), status, now, now);
		int position = 0;
		for (String decision : decisions) {
			position++;
			long item = insert("insert into meeting_agenda_item (meeting_id, position, title, version, created_at,"
					+ " updated_at) values (?, ?, ?, 0, ?, ?)", meeting, position, decision, now, now);
			long vote = insert("insert into meeting_vote (agenda_item_id, meeting_id, secret, status, for_count,"
					+ " against_count, abstain_count, present_count, roll_size, opened_at, closed_at, version, created_at,"
					+ " updated_at) values (?, ?, false, 'CLOSED', 5, 0, 0, 5, 6, ?, ?, 0, ?, ?)", item, meeting,
					startsAt, startsAt, now, now);
			insert("insert into meeting_decision (association_id, meeting_id, agenda_item_id, vote_id, title, text,"
					+ " decided_on, version, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)",
					associationId, meeting, item, vote, decision, "Сунушталат: " + decision, Date.valueOf(on), now, now);
		}
		return meeting;
	}

	/** An event on the day with one registration per name; the first {@code attended} of them came. */
	long event(String title, Instant startsAt, int attended, String... people) {
		long event = insert("insert into omb_event (association_id, title, starts_at, place, capacity, version,"
				+ " created_at, updated_at) values (?, ?, ?, ?, 100, 0, ?, ?)", associationId, title,
				Timestamp.from(startsAt), "Бишкек", now, now);
		for (int i = 0; i < people.length; i++) {
			insert("insert into omb_event_registration (event_id, account_id, person_name, status, registered_at,"
					+ " attended, version, created_at, updated_at) values (?, ?, ?, 'REGISTERED', ?, ?, 0, ?, ?)", event,
					900_000L + i, people[i], now, i < attended, now, now);
		}
		return event;
	}

	/** A review request asked for at an instant, due on a day, decided at an instant (none: still in progress). */
	long review(String title, Instant requestedAt, LocalDate submitBy, @Nullable Instant decidedAt,
			@Nullable String decision) {
		Timestamp requested = Timestamp.from(requestedAt);
		return insert("insert into review_request (subject_type, subject_id, subject_version, title_ky, language,"
				+ " association_id, reviewers_needed, mode, answer_by, submit_by, round_number, status, decision,"
				+ " decided_at, version, created_at, updated_at)"
				+ " values ('bench', 1, 1, ?, 'ky', ?, 2, 'OPEN', ?, ?, 1, ?, ?, ?, 0, ?, ?)", title, associationId,
				Date.valueOf(submitBy.minusDays(10)), Date.valueOf(submitBy), decidedAt == null ? "IN_PROGRESS"
						: "DECIDED", decision, decidedAt == null ? null : Timestamp.from(decidedAt), requested,
				requested);
	}

	/** A member who joined on the day, by an act of the fixture's OMB. */
	void memberJoined(String name, long organizationId, long actId, LocalDate on) {
		insert("insert into association_member (association_id, person_name, organization_id, position,"
				+ " stakeholder_kind, member_role, term_from, act_id, version, created_at, updated_at)"
				+ " values (?, ?, ?, 'Доцент', 'ACADEMIC_STAFF', 'MEMBER', ?, ?, 0, ?, ?)", associationId, name,
				organizationId, Date.valueOf(on), actId, now, now);
	}

	void memberLeft(String name, long actId, LocalDate on) {
		jdbc.update("update association_member set ended_on = ?, ending_act_id = ? where association_id = ?"
				+ " and person_name = ?", Date.valueOf(on), actId, associationId, name);
	}

	private long insert(String sql, @Nullable Object... arguments) {
		return insert(jdbc, sql, arguments);
	}

	/** Inserts a row and returns its generated id. */
	static long insert(JdbcTemplate jdbc, String sql, @Nullable Object... arguments) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.update(connection -> {
			var statement = connection.prepareStatement(sql, new String[] { "id" });
			for (int i = 0; i < arguments.length; i++) {
				statement.setObject(i + 1, arguments[i]);
			}
			return statement;
		}, keys);
		Number key = keys.getKeys() == null ? null : (Number) keys.getKeys().get("id");
		return key == null ? 0 : key.longValue();
	}

}
