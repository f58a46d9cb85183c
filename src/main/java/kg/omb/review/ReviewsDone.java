package kg.omb.review;

import java.time.Instant;
import java.util.List;

/**
 * The reviews a person submitted, with the OMB each was done for, for a teaching-load statement (§24) that the
 * chair, the secretary or the authority may read as well as the expert, with the hours the review module fixed
 * on each. It checks no permission: it is for the caller's own checks, which must decide who may see whose reviews
 * and of which OMB.
 */
public interface ReviewsDone {

	/** The reviews the account submitted from one instant (inclusive) until another (exclusive), oldest first. */
	List<ReviewDone> doneBy(long accountId, Instant from, Instant until);

}
