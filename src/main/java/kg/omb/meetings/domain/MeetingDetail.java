package kg.omb.meetings.domain;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import kg.omb.shared.LocalizedText;

/**
 * A meeting as its page shows it to the person looking: the meeting, its agenda with the vote and decision of each
 * item, the roll, the quorum now, and what the person may do.
 */
public record MeetingDetail(long id, long lock, long associationId, LocalizedText associationName,
		@Nullable Long sectionId, @Nullable LocalizedText sectionName, String title, Instant startsAt,
		@Nullable String place, @Nullable String link, MeetingStatus status, List<Item> agenda,
		List<Roll> roll, Quorum quorum, @Nullable Roll me, boolean organiser, boolean chair,
		boolean absenteeVoting) {

	public record Item(long id, int position, String title, @Nullable String proposedDecision,
			@Nullable Long documentId, @Nullable LocalizedText documentTitle, @Nullable Integer documentVersion,
			@Nullable VoteDetail vote) {
	}

	public record Roll(long id, String personName, boolean hasAccount, Reply reply, Attendance attendance) {
	}

	/**
	 * What a page may show of a vote: the tallies and who voted, and for an open ballot how each voted; for an
	 * absentee vote its deadline, how many voted absentee and who (in a secret ballot too: who voted is kept, never
	 * how), and whether the votes cast fell short of the quorum.
	 */
	public record VoteDetail(long id, boolean secret, boolean open, int forCount, int againstCount, int abstainCount,
			List<String> voters, List<OpenChoice> openChoices, boolean adopted, boolean iVoted, @Nullable Long decisionId,
			@Nullable Instant absenteeUntil, int absenteeVotes, List<String> absenteeVoters, boolean withoutQuorum) {

		public boolean absentee() {
			return absenteeUntil != null;
		}

		/** The votes cast by the members present, in the room or online. */
		public int presentVotes() {
			return forCount + againstCount + abstainCount - absenteeVotes;
		}

	}

	/** How one member voted in an open ballot. */
	public record OpenChoice(String voterName, Choice choice) {
	}

}
