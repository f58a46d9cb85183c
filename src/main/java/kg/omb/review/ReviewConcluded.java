package kg.omb.review;

/**
 * The chair decided on the reviews of a round: {@code decision} says whether the subject goes on, is to be revised
 * and resubmitted, or is rejected; {@code requestId} locates the expert conclusion.
 */
public record ReviewConcluded(long requestId, String subjectType, long subjectId, int subjectVersion, int round,
		Recommendation decision) {
}
