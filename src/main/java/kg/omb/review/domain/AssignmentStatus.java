package kg.omb.review.domain;

import java.util.Set;

/** An invitation to review: sent, accepted, declined, the review submitted, or withdrawn by the chair. */
public enum AssignmentStatus {

	INVITED, ACCEPTED, DECLINED, SUBMITTED, WITHDRAWN;

	/** What counts towards an expert's current load. */
	public static final Set<AssignmentStatus> ACTIVE = Set.of(INVITED, ACCEPTED);

}
