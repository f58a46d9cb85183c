package kg.omb.meetings.domain;

/**
 * How many members are present of how many on the roll, how many the rule requires, and whether that is enough.
 */
public record Quorum(int present, int roll, int required, QuorumRule rule) {

	public static Quorum of(QuorumRule rule, int roll, int present) {
		return new Quorum(present, roll, rule.required(roll), rule);
	}

	public boolean reached() {
		return roll > 0 && present >= required;
	}

}
