package kg.omb.review;

/** Where a review request stands: reviews are being gathered, the subject is being revised, or it was decided. */
public enum ReviewStatus {

	IN_PROGRESS, AWAITING_RESUBMISSION, DECIDED

}
