package kg.omb.documents.discussion;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.documents.domain.CommentsAwaitingDisposition;

/** Tells the workflow how many comments still wait for a disposition. */
@Component
class DispositionGate implements CommentsAwaitingDisposition {

	private final DocumentComments comments;

	DispositionGate(DocumentComments comments) {
		this.comments = comments;
	}

	@Override
	@Transactional(readOnly = true)
	public long awaitingDisposition(long documentId) {
		return comments.countUndisposed(documentId);
	}

}
