package kg.omb.review;

import java.util.List;
import java.util.Optional;

/**
 * What other modules call to have a subject reviewed by experts. The chair or secretary of the subject's OMB asks;
 * when the decision on the reviews is made, {@link ReviewConcluded} is published.
 */
public interface ReviewRequests {

	/**
	 * Asks for a review of the subject. When the subject's last request awaits a resubmission ("revise and
	 * resubmit"), a new round opens on the new version instead, and the experts of the last round are invited again.
	 */
	ReviewRequestView request(NewReviewRequest request);

	/** The subject's latest request, if any. */
	Optional<ReviewRequestView> latest(String subjectType, long subjectId);

	/**
	 * The address of the subject's expert conclusion as published with it, for anyone to read: only once the
	 * subject's module says that the reviewed version was approved ({@link ApprovedSubjects}) and the last request
	 * was decided; in blind modes the published conclusion names no reviewer.
	 */
	Optional<String> publishedConclusion(String subjectType, long subjectId);

	/** The review requests of an OMB, newest first, for its activity report and performance (counts and titles). */
	List<AssociationReview> ofAssociation(long associationId);

}
