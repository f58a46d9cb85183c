package kg.omb.documents.domain;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.documents.DocumentStatus;
import kg.omb.review.ApprovedSubjects;

/**
 * Tells the review module which documents were approved with their expert review, so that the expert conclusion
 * is published with them: the version reviewed is the one approved (in force, or since superseded or repealed),
 * and the review step was not passed without a review. A draft or a document still on its way never qualifies.
 */
@Component
class ReviewedDocuments implements ApprovedSubjects {

	static final Set<DocumentStatus> APPROVED = Set.of(DocumentStatus.IN_FORCE, DocumentStatus.SUPERSEDED,
			DocumentStatus.REPEALED);

	private final DocumentRepository documents;

	ReviewedDocuments(DocumentRepository documents) {
		this.documents = documents;
	}

	@Override
	public String subjectType() {
		return ExpertReviewStep.SUBJECT;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean approvedWithReview(long documentId, int version) {
		return documents.findById(documentId)
			.filter(document -> APPROVED.contains(document.getStatus()))
			.filter(document -> Boolean.TRUE.equals(document.getExpertReviewPerformed()))
			.filter(document -> document.getCurrentVersion() == version)
			.isPresent();
	}

}
