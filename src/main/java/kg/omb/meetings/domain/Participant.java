package kg.omb.meetings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import kg.omb.shared.BaseEntity;

/**
 * A member on a meeting's roll: invited, with their reply, and whether they were present (in the room or online).
 * A member without an account is on the roll too (the quorum counts every member) but votes only by show of hands
 * recorded by the secretary, not electronically.
 */
@Entity
@Table(name = "meeting_participant")
public class Participant extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "meeting_id")
	private @Nullable Meeting meeting;

	@Column(name = "member_id")
	private @Nullable Long memberId;

	@Column(name = "account_id")
	private @Nullable Long accountId;

	@Column(name = "person_name", nullable = false)
	private String personName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Reply reply;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Attendance attendance;

	protected Participant() {
		this.personName = "";
		this.reply = Reply.NONE;
		this.attendance = Attendance.ABSENT;
	}

	Participant(Meeting meeting, @Nullable Long memberId, @Nullable Long accountId, String personName) {
		this.meeting = meeting;
		this.memberId = memberId;
		this.accountId = accountId;
		this.personName = personName;
		this.reply = Reply.NONE;
		this.attendance = Attendance.ABSENT;
	}

	void reply(Reply answer) {
		this.reply = answer;
	}

	void attend(Attendance how) {
		this.attendance = how;
	}

	public @Nullable Long getMemberId() {
		return memberId;
	}

	public @Nullable Long getAccountId() {
		return accountId;
	}

	public String getPersonName() {
		return personName;
	}

	public Reply getReply() {
		return reply;
	}

	public Attendance getAttendance() {
		return attendance;
	}

}
