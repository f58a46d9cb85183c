package kg.omb.review.domain;

/** An expert's standing in the pool: applied or invited, then approved (may review) or declined by the OMB. */
public enum ExpertStatus {

	APPLIED, INVITED, APPROVED, DECLINED;

	public boolean awaitsDecision() {
		return this == APPLIED || this == INVITED;
	}

}
