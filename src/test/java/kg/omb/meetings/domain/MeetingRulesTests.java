package kg.omb.meetings.domain;

import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import kg.omb.shared.BaseEntity;
import kg.omb.shared.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of meetings, quorum and votes, without Spring. */
class MeetingRulesTests {

	static final Instant NOW = Instant.parse("2026-12-03T06:00:00Z");

	static final AtomicLong IDS = new AtomicLong(1);

	@Test
	void theDefaultQuorumIsMoreThanHalfOfTheRoll() {
		QuorumRule rule = QuorumRule.MORE_THAN_HALF;
		assertThat(rule.required(10)).isEqualTo(6);
		assertThat(rule.required(9)).isEqualTo(5);
		assertThat(rule.required(1)).isEqualTo(1);
		assertThat(Quorum.of(rule, 10, 5).reached()).isFalse();
		assertThat(Quorum.of(rule, 10, 6).reached()).isTrue();
		assertThat(Quorum.of(rule, 0, 0).reached()).isFalse();
	}

	@Test
	void aBylawsRuleOfAtLeastTwoThirdsRoundsUp() {
		QuorumRule rule = new QuorumRule(2, 3, false);
		assertThat(rule.required(9)).isEqualTo(6);
		assertThat(rule.required(10)).isEqualTo(7);
		assertThatThrownBy(() -> new QuorumRule(1, 1, true)).isInstanceOf(DomainException.class);
		assertThatThrownBy(() -> new QuorumRule(3, 2, false)).isInstanceOf(DomainException.class);
	}

	@Test
	void aMeetingNeedsAPlaceOrAWebLinkAndATimeToCome() {
		assertThatThrownBy(() -> new Meeting(1, null, "Жыйын", NOW.plusSeconds(3600), " ", null, NOW))
			.hasMessageContaining("meetings.error.place-or-link");
		assertThatThrownBy(() -> new Meeting(1, null, "Жыйын", NOW.plusSeconds(3600), null, "javascript:alert(1)", NOW))
			.hasMessageContaining("meetings.error.link-invalid");
		assertThatThrownBy(() -> new Meeting(1, null, "Жыйын", NOW.minusSeconds(60), "Зал 1", null, NOW))
			.hasMessageContaining("meetings.error.starts-in-past");
		Meeting both = new Meeting(1, null, "Жыйын", NOW.plusSeconds(3600), "Зал 1", "https://meet.example.kg/omb", NOW);
		assertThat(both.getPlace()).isEqualTo("Зал 1");
		assertThat(both.getLink()).isEqualTo("https://meet.example.kg/omb");
	}

	@Test
	void noVoteIsOpenedWithoutQuorum() {
		Meeting meeting = meetingOf(4);
		meeting.open(NOW);
		AgendaItem item = meeting.getAgenda().get(0);
		present(meeting, 2);
		assertThatThrownBy(() -> new Vote(meeting, item, false, QuorumRule.MORE_THAN_HALF, NOW))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("meetings.error.no-quorum");
		present(meeting, 3);
		assertThat(new Vote(meeting, item, false, QuorumRule.MORE_THAN_HALF, NOW).getPresentCount()).isEqualTo(3);
	}

	@Test
	void noVoteIsClosedWhenTheQuorumWasLostMeanwhile() {
		Meeting meeting = meetingOf(3);
		meeting.open(NOW);
		present(meeting, 2);
		Vote vote = saved(new Vote(meeting, meeting.getAgenda().get(0), false, QuorumRule.MORE_THAN_HALF, NOW));
		vote.cast(meeting.getParticipants().get(0), Choice.FOR, NOW);
		meeting.recordAttendance(meeting.getParticipants().get(1), Attendance.ABSENT);
		assertThatThrownBy(() -> vote.close(meeting, QuorumRule.MORE_THAN_HALF, NOW))
			.hasMessageContaining("meetings.error.no-quorum");
		assertThat(vote.getStatus()).isEqualTo(VoteStatus.OPEN);
	}

	@Test
	void noVoteBeforeTheMeetingOpens() {
		Meeting meeting = meetingOf(1);
		assertThatThrownBy(() -> new Vote(meeting, meeting.getAgenda().get(0), false, QuorumRule.MORE_THAN_HALF, NOW))
			.hasMessageContaining("meetings.error.status.in_progress");
	}

	@Test
	void aSecretBallotKeepsTalliesAndVotersButNeverAChoice() {
		Meeting meeting = meetingOf(3);
		meeting.open(NOW);
		present(meeting, 3);
		Vote vote = saved(new Vote(meeting, meeting.getAgenda().get(0), true, QuorumRule.MORE_THAN_HALF, NOW));
		vote.cast(meeting.getParticipants().get(0), Choice.FOR, NOW);
		vote.cast(meeting.getParticipants().get(1), Choice.AGAINST, NOW);
		vote.cast(meeting.getParticipants().get(2), Choice.FOR, NOW);
		assertThat(vote.getForCount()).isEqualTo(2);
		assertThat(vote.getAgainstCount()).isEqualTo(1);
		assertThat(vote.getCasts()).hasSize(3).allSatisfy(cast -> assertThat(cast.choice()).isNull());
		// nothing else on the vote could hold a choice either: only the three tallies are of that kind
		assertThat(Arrays.stream(Vote.class.getDeclaredFields()).map(Field::getType)).doesNotContain(Choice.class);
		assertThat(Arrays.stream(VoteCast.class.getRecordComponents()).filter(c -> c.getType() == Choice.class)
			.map(RecordComponent::getName)).containsExactly("choice");
		vote.close(meeting, QuorumRule.MORE_THAN_HALF, NOW);
		assertThat(vote.adopted()).isTrue();
	}

	@Test
	void anOpenBallotKeepsEachChoice() {
		Meeting meeting = meetingOf(2);
		meeting.open(NOW);
		present(meeting, 2);
		Vote vote = saved(new Vote(meeting, meeting.getAgenda().get(0), false, QuorumRule.MORE_THAN_HALF, NOW));
		vote.cast(meeting.getParticipants().get(0), Choice.AGAINST, NOW);
		assertThat(vote.getCasts()).singleElement().satisfies(cast -> assertThat(cast.choice()).isEqualTo(Choice.AGAINST));
	}

	@Test
	void aMemberVotesOnceAndOnlyWhenPresent() {
		Meeting meeting = meetingOf(3);
		meeting.open(NOW);
		present(meeting, 2);
		Vote vote = saved(new Vote(meeting, meeting.getAgenda().get(0), false, QuorumRule.MORE_THAN_HALF, NOW));
		Participant first = meeting.getParticipants().get(0);
		vote.cast(first, Choice.FOR, NOW);
		assertThatThrownBy(() -> vote.cast(first, Choice.AGAINST, NOW)).hasMessageContaining("already-voted");
		Participant absent = meeting.getParticipants().get(2);
		assertThatThrownBy(() -> vote.cast(absent, Choice.FOR, NOW)).hasMessageContaining("voter-absent");
		assertThat(vote.getForCount()).isEqualTo(1);
		assertThat(vote.votesCast()).isEqualTo(1);
	}

	@Test
	void aTieIsNotAdoptedAndMakesNoDecision() {
		Meeting meeting = meetingOf(2);
		meeting.open(NOW);
		present(meeting, 2);
		AgendaItem item = meeting.getAgenda().get(0);
		Vote vote = saved(new Vote(meeting, item, false, QuorumRule.MORE_THAN_HALF, NOW));
		vote.cast(meeting.getParticipants().get(0), Choice.FOR, NOW);
		vote.cast(meeting.getParticipants().get(1), Choice.AGAINST, NOW);
		vote.close(meeting, QuorumRule.MORE_THAN_HALF, NOW);
		assertThat(vote.adopted()).isFalse();
		assertThatThrownBy(() -> new Decision(meeting, item, vote, java.time.LocalDate.of(2026, 12, 3)))
			.hasMessageContaining("not-adopted");
	}

	@Test
	void theAgendaIsFixedOnceTheMeetingOpens() {
		Meeting meeting = meetingOf(1);
		meeting.open(NOW);
		assertThatThrownBy(() -> meeting.addItem("Дагы бир маселе", null, null, null))
			.hasMessageContaining("meetings.error.status.scheduled");
		assertThatThrownBy(() -> meetingWithoutAgenda().open(NOW)).hasMessageContaining("agenda-empty");
	}

	@Test
	void minutesOfAClosedMeetingAreSignedByTheSecretaryThenTheChairThenPublished() {
		Meeting meeting = meetingOf(1);
		assertThatThrownBy(() -> new Minutes(meeting)).hasMessageContaining("meetings.error.status.closed");
		meeting.open(NOW);
		meeting.close(NOW);
		Minutes minutes = new Minutes(meeting);
		assertThatThrownBy(() -> minutes.publish(NOW)).hasMessageContaining("minutes.not-signed");
		assertThatThrownBy(() -> minutes.signByChair(2, NOW)).hasMessageContaining("minutes.secretary-first");
		minutes.signBySecretary(1, NOW);
		assertThatThrownBy(() -> minutes.signBySecretary(1, NOW)).hasMessageContaining("signed-by-secretary");
		assertThatThrownBy(() -> minutes.publish(NOW)).hasMessageContaining("minutes.not-signed");
		minutes.signByChair(2, NOW);
		minutes.publish(NOW);
		assertThat(minutes.isPublished()).isTrue();
		assertThatThrownBy(() -> minutes.publish(NOW)).hasMessageContaining("minutes.published");
	}

	static Meeting meetingWithoutAgenda() {
		return saved(new Meeting(1, null, "ОМБнын жыйыны", NOW.plusSeconds(86400), "Зал 1", null, NOW));
	}

	static Meeting meetingOf(int members) {
		Meeting meeting = meetingWithoutAgenda();
		for (int i = 0; i < members; i++) {
			saved(meeting.invite((long) i + 100, (long) i + 200, "Мүчө " + i));
		}
		saved(meeting.addItem("Стандарттын долбоору", "Долбоорду колдоо", 7L, 2));
		return meeting;
	}

	static void present(Meeting meeting, int count) {
		for (int i = 0; i < meeting.getParticipants().size(); i++) {
			meeting.recordAttendance(meeting.getParticipants().get(i), i < count ? Attendance.IN_PERSON : Attendance.ABSENT);
		}
	}

	static <T extends BaseEntity> T saved(T entity) {
		ReflectionTestUtils.setField(entity, BaseEntity.class, "id", IDS.getAndIncrement(), Long.class);
		return entity;
	}

}
