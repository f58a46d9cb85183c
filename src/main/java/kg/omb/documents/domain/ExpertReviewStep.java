package kg.omb.documents.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import kg.omb.association.AssociationView;
import kg.omb.association.Associations;
import kg.omb.association.MemberView;
import kg.omb.audit.AuditLog;
import kg.omb.documents.DocumentStatus;
import kg.omb.documents.ExpertReviewOrder;
import kg.omb.identity.Accounts;
import kg.omb.identity.Role;
import kg.omb.identity.Scope;
import kg.omb.identity.ScopeType;
import kg.omb.review.NewReviewRequest;
import kg.omb.review.ReviewConcluded;
import kg.omb.review.ReviewCriterion;
import kg.omb.review.ReviewRequests;
import kg.omb.review.SubjectAuthor;
import kg.omb.shared.Actor;
import kg.omb.shared.DomainException;

/**
 * The expert review step made real by the review module: the chair or secretary asks for a review of the current
 * version with the document's authors (chair, secretaries, section head, working group), so that the conflict
 * rules can keep them and their organisations out; the conclusion, announced by {@link ReviewConcluded}, moves
 * the document on to the chair's review or back to drafting, in the same transaction as the decision.
 */
@Component
class ExpertReviewStep {

	static final String SUBJECT = "normative-document";

	static final int CRITERIA = 4;

	private final ReviewRequests reviews;

	private final Associations associations;

	private final Accounts accounts;

	private final DocumentRepository documents;

	private final MessageSource messages;

	private final AuditLog audit;

	private final Clock clock;

	ExpertReviewStep(ReviewRequests reviews, Associations associations, Accounts accounts,
			DocumentRepository documents, MessageSource messages, AuditLog audit, Clock clock) {
		this.reviews = reviews;
		this.associations = associations;
		this.accounts = accounts;
		this.documents = documents;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
	}

	void request(NormativeDocument document, ExpertReviewOrder order) {
		if (document.getStatus() != DocumentStatus.EXPERT_REVIEW) {
			throw new DomainException("documents.error.illegal-transition", document.getStatus());
		}
		// a draft is published with its OMB and working group (§6), so its reviewers cannot be kept from its authors
		if (order.mode().hidesAuthors()) {
			throw new DomainException("documents.error.double-blind-public");
		}
		String language = document.getTitle().ky() != null ? "ky" : document.getTitle().ru() != null ? "ru" : "en";
		Locale locale = Locale.forLanguageTag(language);
		List<ReviewCriterion> criteria = IntStream.rangeClosed(1, CRITERIA)
			.mapToObj(i -> new ReviewCriterion(
					messages.getMessage("documents.review.criterion." + i, null, locale), 5))
			.toList();
		reviews.request(new NewReviewRequest(SUBJECT, document.id(), document.getCurrentVersion(),
				"/documents/" + document.id(), document.getTitle(), language, document.getCodes(),
				document.getAssociationId(), document.getSectionId(), document.getWorkingGroupId(), authors(document),
				criteria, order.reviewers(), order.mode(), order.answerBy(), order.submitBy()));
	}

	private List<SubjectAuthor> authors(NormativeDocument document) {
		List<SubjectAuthor> authors = new ArrayList<>();
		AssociationView association = associations.find(document.getAssociationId()).orElseThrow();
		Long chair = association.chairAccountId();
		if (chair != null) {
			accounts.find(chair)
				.ifPresent(account -> authors.add(new SubjectAuthor(account.displayName(), chair,
						association.baseOrganizationId())));
		}
		associations.members(document.getAssociationId())
			.stream()
			.filter(MemberView::secretary)
			.forEach(member -> authors.add(author(member)));
		Long section = document.getSectionId();
		if (section != null) {
			accounts.holding(Role.SECTION_HEAD, Scope.of(ScopeType.SECTION, section))
				.forEach(head -> authors.add(new SubjectAuthor(head.displayName(), head.id(), null)));
		}
		Long group = document.getWorkingGroupId();
		if (group != null) {
			associations.participants(group).forEach(participant -> authors.add(author(participant)));
		}
		return authors;
	}

	private static SubjectAuthor author(MemberView member) {
		return new SubjectAuthor(member.personName(), member.accountId(), member.organizationId());
	}

	@EventListener
	void concluded(ReviewConcluded conclusion) {
		if (!SUBJECT.equals(conclusion.subjectType())) {
			return;
		}
		documents.findById(conclusion.subjectId())
			.filter(document -> document.getStatus() == DocumentStatus.EXPERT_REVIEW)
			.ifPresent(document -> {
				document.concludeExpertReview(conclusion.decision().isPositive(),
						"documents.timeline.expert-review." + conclusion.decision().name(), Actor.current(),
						clock.instant());
				documents.saveAndFlush(document);
				audit.record("document.expert-review.concluded", "normative-document", document.id(),
						Map.of("decision", conclusion.decision().name(), "request", conclusion.requestId()));
			});
	}

}
