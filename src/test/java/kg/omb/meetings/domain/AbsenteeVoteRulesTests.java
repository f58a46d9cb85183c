package kg.omb.meetings.domain;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static kg.omb.meetings.domain.MeetingRulesTests.NOW;
import static kg.omb.meetings.domain.MeetingRulesTests.meetingOf;
import static kg.omb.meetings.domain.MeetingRulesTests.present;
import static kg.omb.meetings.domain.MeetingRulesTests.saved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of absentee voting by a deadline, without Spring. */
class AbsenteeVoteRulesTests {

	static final Instant DEADLINE = NOW.plus(Duration.ofDays(2));

	static final QuorumRule HALF = QuorumRule.MORE_THAN_HALF;

	@Test
	void membersNotPresentVoteBeforeTheDeadlineAndNotAfter() {
		Meeting meeting = meetingOf(5);
		meeting.open(NOW);
		present(meeting, 2);
		Vote vote = saved(new Vote(meeting, meeting.getAgenda().get(0), false, HALF, NOW, DEADLINE));
		vote.cast(meeting.getParticipants().get(0), Choice.FOR, NOW);
		vote.cast(meeting.getParticipants().get(3), Choice.FOR, DEADLINE.minusSeconds(1));
		assertThat(vote.absenteeVotes()).isEqualTo(1);
		assertThat(vote.getCasts()).filteredOn(VoteCast::absentee).singleElement()
			.satisfies(cast -> assertThat(cast.voterName()).isEqualTo("Мүчө 3"));
		assertThatThrownBy(() -> vote.cast(meeting.getParticipants().get(4), Choice.AGAINST, DEADLINE))
			.hasMessageContaining("meetings.error.vote-closed");
		assertThatThrownBy(() -> vote.cast(meeting.getParticipants().get(3), Choice.AGAINST, NOW))
			.hasMessageContaining("already-voted");
		assertThat(vote.votesCast()).isEqualTo(2);
	}

	@Test
	void theTallyClosesAtTheDeadlineAndNotBeforeEvenByTheOrganiser() {
		Meeting meeting = meetingOf(3);
		meeting.open(NOW);
		present(meeting, 3);
		Vote vote = saved(new Vote(meeting, meeting.getAgenda().get(0), false, HALF, NOW, DEADLINE));
		vote.cast(meeting.getParticipants().get(0), Choice.FOR, NOW);
		vote.cast(meeting.getParticipants().get(1), Choice.FOR, NOW);
		assertThatThrownBy(() -> vote.close(meeting, HALF, NOW)).hasMessageContaining("absentee-open-until");
		assertThat(vote.closeAtDeadline(HALF, DEADLINE.minusSeconds(1))).isFalse();
		assertThat(vote.getStatus()).isEqualTo(VoteStatus.OPEN);
		meeting.close(NOW.plusSeconds(3600));
		assertThat(vote.closeAtDeadline(HALF, DEADLINE)).isTrue();
		assertThat(vote.adopted()).isTrue();
		assertThat(vote.closeAtDeadline(HALF, DEADLINE)).as("closed once").isFalse();
	}

	@Test
	void votesCastShortOfTheQuorumAtTheDeadlineGiveNoResult() {
		Meeting meeting = meetingOf(5);
		meeting.open(NOW);
		present(meeting, 1);
		// an absentee vote may open without a quorum in the room: the quorum is counted on the votes cast
		Vote vote = saved(new Vote(meeting, meeting.getAgenda().get(0), false, HALF, NOW, DEADLINE));
		vote.cast(meeting.getParticipants().get(0), Choice.FOR, NOW);
		vote.cast(meeting.getParticipants().get(1), Choice.FOR, NOW);
		assertThat(vote.closeAtDeadline(HALF, DEADLINE)).isTrue();
		assertThat(vote.isWithoutQuorum()).isTrue();
		assertThat(vote.adopted()).as("two for of two cast, but three of five must vote").isFalse();
	}

	@Test
	void threeOfFiveVotingMakeTheQuorumAndASecretAbsenteeBallotKeepsNoChoice() {
		Meeting meeting = meetingOf(5);
		meeting.open(NOW);
		present(meeting, 0);
		Vote vote = saved(new Vote(meeting, meeting.getAgenda().get(0), true, HALF, NOW, DEADLINE));
		vote.cast(meeting.getParticipants().get(0), Choice.FOR, NOW);
		vote.cast(meeting.getParticipants().get(1), Choice.AGAINST, NOW);
		vote.cast(meeting.getParticipants().get(2), Choice.FOR, NOW);
		assertThat(vote.getCasts()).hasSize(3).allSatisfy(cast -> {
			assertThat(cast.choice()).isNull();
			assertThat(cast.absentee()).isTrue();
		});
		vote.closeAtDeadline(HALF, DEADLINE.plusSeconds(60));
		assertThat(vote.isWithoutQuorum()).isFalse();
		assertThat(vote.getForCount()).isEqualTo(2);
		assertThat(vote.adopted()).isTrue();
	}

	@Test
	void theDeadlineIsInTheFutureAndWithinThirtyDaysAndAnOrdinaryVoteStillNeedsTheQuorumInTheRoom() {
		Meeting meeting = meetingOf(4);
		meeting.open(NOW);
		present(meeting, 1);
		AgendaItem item = meeting.getAgenda().get(0);
		assertThatThrownBy(() -> new Vote(meeting, item, false, HALF, NOW, NOW))
			.hasMessageContaining("absentee-deadline");
		assertThatThrownBy(() -> new Vote(meeting, item, false, HALF, NOW, NOW.plus(Duration.ofDays(31))))
			.hasMessageContaining("absentee-deadline");
		assertThatThrownBy(() -> new Vote(meeting, item, false, HALF, NOW, null)).hasMessageContaining("no-quorum");
		present(meeting, 3);
		Vote ordinary = saved(new Vote(meeting, item, false, HALF, NOW));
		assertThatThrownBy(() -> ordinary.cast(meeting.getParticipants().get(3), Choice.FOR, NOW))
			.hasMessageContaining("voter-absent");
		assertThat(ordinary.closeAtDeadline(HALF, NOW.plus(Duration.ofDays(40)))).isFalse();
	}

	@Test
	void aMeetingAndAVoteAreMarkedRemindedOnce() {
		Meeting meeting = meetingOf(2);
		assertThat(meeting.markReminded(NOW)).isTrue();
		assertThat(meeting.markReminded(NOW)).isFalse();
		meeting.open(NOW);
		present(meeting, 2);
		Vote vote = saved(new Vote(meeting, meeting.getAgenda().get(0), false, HALF, NOW, DEADLINE));
		assertThat(vote.markReminded(NOW)).isTrue();
		assertThat(vote.markReminded(NOW)).isFalse();
	}

}
