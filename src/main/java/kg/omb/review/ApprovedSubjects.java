package kg.omb.review;

/**
 * Implemented by a module whose subjects are reviewed, to tell whether a subject's version was approved with its
 * expert review (a document in force, say): only then is the expert conclusion published with it (§10.7). The
 * module keeps the approval; the review module asks it each time, so a conclusion is never public before.
 */
public interface ApprovedSubjects {

	/** The subject type this module asks reviews for ({@code normative-document}). */
	String subjectType();

	/** Whether this version of the subject was approved after an expert review and is published. */
	boolean approvedWithReview(long subjectId, int version);

}
