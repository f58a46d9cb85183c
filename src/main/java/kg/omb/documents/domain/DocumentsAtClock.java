package kg.omb.documents.domain;

import java.time.Clock;

import org.springframework.stereotype.Component;

import kg.omb.association.Associations;
import kg.omb.audit.AuditLog;
import kg.omb.directory.LegalActs;
import kg.omb.documents.Documents;
import kg.omb.documents.DocumentsProperties;
import kg.omb.documents.docx.DocxOutlineReader;
import kg.omb.files.StoredFiles;

/**
 * The documents service with every rule and permission unchanged, but reading the calendar from the clock given,
 * for the demo data's story of a standard drafted, discussed and approved months before the first start. It joins
 * the caller's transaction; people's requests always go to the application's service and its clock.
 */
@Component
class DocumentsAtClock {

	private final DocumentRepository documents;

	private final VersionRepository versions;

	private final ClauseRepository clauses;

	private final DocumentAccess access;

	private final AuditLog audit;

	private final DocumentsProperties properties;

	private final Associations associations;

	private final DocxOutlineReader docx;

	private final StoredFiles files;

	private final CommentsAwaitingDisposition comments;

	private final DiscussionAnnouncement announcement;

	private final LegalActs legalActs;

	private final DocumentSearchEntries search;

	private final ExpertReviewStep expertReview;

	DocumentsAtClock(DocumentRepository documents, VersionRepository versions, ClauseRepository clauses,
			DocumentAccess access, AuditLog audit, DocumentsProperties properties, Associations associations,
			DocxOutlineReader docx, StoredFiles files, CommentsAwaitingDisposition comments,
			DiscussionAnnouncement announcement, LegalActs legalActs, DocumentSearchEntries search,
			ExpertReviewStep expertReview) {
		this.expertReview = expertReview;
		this.legalActs = legalActs;
		this.search = search;
		this.documents = documents;
		this.versions = versions;
		this.clauses = clauses;
		this.access = access;
		this.audit = audit;
		this.properties = properties;
		this.associations = associations;
		this.docx = docx;
		this.files = files;
		this.comments = comments;
		this.announcement = announcement;
	}

	Documents at(Clock clock) {
		return new DocumentService(documents, versions, clauses, access, audit, properties, associations, clock, docx,
				files, comments, legalActs, search, announcement, expertReview);
	}

}
