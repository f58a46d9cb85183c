package kg.omb.meetings.domain;

import kg.omb.shared.DomainException;

/**
 * The share of the members on the roll who must be present for the meeting to decide, as the OMB's bylaws set it:
 * "more than half" by default ({@code 1/2, strictly more}), or for example "at least two thirds" ({@code 2/3}).
 */
public record QuorumRule(int numerator, int denominator, boolean strictlyMore) {

	public static final QuorumRule MORE_THAN_HALF = new QuorumRule(1, 2, true);

	public QuorumRule {
		if (numerator < 1 || denominator < numerator || denominator > 100 || strictlyMore && numerator == denominator) {
			throw new DomainException("meetings.error.quorum-share");
		}
	}

	/** The number of members present the rule requires of a roll of this size. */
	public int required(int roll) {
		long share = (long) roll * numerator;
		if (strictlyMore) {
			return (int) (share / denominator + 1);
		}
		return (int) ((share + denominator - 1) / denominator);
	}

}
