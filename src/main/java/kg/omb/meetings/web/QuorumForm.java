package kg.omb.meetings.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The chair's record of the bylaws' quorum: a share of the roll, "more than" it or "at least"; and whether the
 * bylaws allow absentee voting by a deadline.
 */
record QuorumForm(long associationId, @Min(value = 1, message = "{meetings.form.invalid}") int numerator,
		@Min(value = 1, message = "{meetings.form.invalid}") @Max(value = 100, message = "{meetings.form.invalid}") int denominator,
		boolean strictlyMore, boolean absenteeVoting) {
}
