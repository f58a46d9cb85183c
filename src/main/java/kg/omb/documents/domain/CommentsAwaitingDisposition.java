package kg.omb.documents.domain;

/**
 * How many comments of a document's public discussion still wait for a disposition; while any do, the draft
 * cannot move on. Answered by the discussion, which knows the comments.
 */
public interface CommentsAwaitingDisposition {

	long awaitingDisposition(long documentId);

}
