package kg.omb.documents.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kg.omb.documents.DocumentKind;
import kg.omb.documents.DocumentStatus;
import kg.omb.documents.DocumentsProperties;
import kg.omb.documents.WorkflowStep;
import kg.omb.shared.Actor;
import kg.omb.shared.DomainException;
import kg.omb.shared.LocalizedText;

import static kg.omb.documents.DocumentStatus.CHAIR_REVIEW;
import static kg.omb.documents.DocumentStatus.DISPOSITION_OF_COMMENTS;
import static kg.omb.documents.DocumentStatus.DRAFTING;
import static kg.omb.documents.DocumentStatus.EXPERT_REVIEW;
import static kg.omb.documents.DocumentStatus.IN_FORCE;
import static kg.omb.documents.DocumentStatus.PUBLIC_DISCUSSION;
import static kg.omb.documents.DocumentStatus.REPEALED;
import static kg.omb.documents.DocumentStatus.SUBMITTED;
import static kg.omb.documents.DocumentStatus.SUPERSEDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NormativeDocumentTests {

	static final Actor CHAIR = new Actor(5L, "chair@omb.kg", null);

	static final Instant AT = Instant.parse("2026-03-02T06:00:00Z");

	static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

	static NormativeDocument draft(DocumentKind kind) {
		return new NormativeDocument(7, null, kind, LocalizedText.of("Билим берүү стандарты", null, null),
				List.of("510000"), List.of("BACHELOR"), null, CHAIR, AT);
	}

	@Test
	void aStandardGoesThroughEveryStepUntilItIsInForce() {
		NormativeDocument document = draft(DocumentKind.STATE_STANDARD_HIGHER);
		document.openDiscussion(TODAY, TODAY.plusDays(30), 30, CHAIR, AT);
		document.closeDiscussion(TODAY.plusDays(31), CHAIR, AT);
		document.sendToReview(CHAIR, AT);
		assertThat(document.getStatus()).isEqualTo(EXPERT_REVIEW);
		document.passWithoutExpertReview(CHAIR, AT);
		document.submitToAuthority(CHAIR, AT);
		document.approveByAuthority(99, TODAY.plusDays(40), CHAIR, AT);

		assertThat(document.getStatus()).isEqualTo(IN_FORCE);
		assertThat(document.getInForceActId()).isEqualTo(99);
		assertThat(document.getInForceSince()).isEqualTo(TODAY.plusDays(40));
		assertThat(document.getTransitions()).extracting(DocumentTransition::getTo)
			.containsExactly(DRAFTING, PUBLIC_DISCUSSION, DISPOSITION_OF_COMMENTS, EXPERT_REVIEW, CHAIR_REVIEW,
					SUBMITTED, IN_FORCE);
	}

	@Test
	void passingTheExpertReviewStepRecordsThatNoReviewWasPerformed() {
		NormativeDocument document = draft(DocumentKind.PROFESSIONAL_STANDARD);
		document.openDiscussion(TODAY, TODAY.plusDays(30), 30, CHAIR, AT);
		document.closeDiscussion(TODAY.plusDays(31), CHAIR, AT);
		document.sendToReview(CHAIR, AT);
		document.passWithoutExpertReview(CHAIR, AT);

		assertThat(document.getExpertReviewPerformed()).isFalse();
		DocumentTransition last = document.getTransitions().get(document.getTransitions().size() - 1);
		assertThat(last.getFrom()).isEqualTo(EXPERT_REVIEW);
		assertThat(last.getNoteKey()).isEqualTo("documents.timeline.no-expert-review");
	}

	@Test
	void aDiscussionShorterThanTheKindsMinimumIsRefused() {
		NormativeDocument document = draft(DocumentKind.STATE_STANDARD_HIGHER);
		assertThatThrownBy(() -> document.openDiscussion(TODAY, TODAY.plusDays(29), 30, CHAIR, AT))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.messageKey()).isEqualTo("documents.error.discussion-too-short"));
		assertThat(document.getStatus()).isEqualTo(DRAFTING);
	}

	@Test
	void aDiscussionCannotBeClosedBeforeItsWindowHasPassed() {
		NormativeDocument document = draft(DocumentKind.STATE_STANDARD_HIGHER);
		document.openDiscussion(TODAY, TODAY.plusDays(30), 30, CHAIR, AT);
		assertThatThrownBy(() -> document.closeDiscussion(TODAY.plusDays(30), CHAIR, AT))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.messageKey()).isEqualTo("documents.error.discussion-still-open"));
	}

	@Test
	void aStandardCannotSkipItsPublicDiscussion() {
		NormativeDocument document = draft(DocumentKind.STATE_STANDARD_SECONDARY_VOCATIONAL);
		assertThatThrownBy(() -> document.sendToReview(CHAIR, AT))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.messageKey()).isEqualTo("documents.error.illegal-transition"));
	}

	@Test
	void innovativeExperienceMaterialSkipsDiscussionAndExpertReviewAndEndsWithTheOmbsDecision() {
		NormativeDocument document = draft(DocumentKind.INNOVATIVE_EXPERIENCE_MATERIAL);
		assertThatThrownBy(() -> document.openDiscussion(TODAY, TODAY.plusDays(60), 0, CHAIR, AT))
			.isInstanceOf(DomainException.class);
		document.sendToReview(CHAIR, AT);
		assertThat(document.getStatus()).isEqualTo(CHAIR_REVIEW);
		assertThatThrownBy(() -> document.submitToAuthority(CHAIR, AT)).isInstanceOf(DomainException.class);
		document.adoptByOmbDecision(null, TODAY, CHAIR, AT);
		assertThat(document.getStatus()).isEqualTo(IN_FORCE);
	}

	@Test
	void aRecommendationIsDiscussedButDecidedByTheOmbWithoutExpertReview() {
		NormativeDocument document = draft(DocumentKind.RECOMMENDATION_ON_NORMATIVE_ACTS);
		document.openDiscussion(TODAY, TODAY.plusDays(30), 30, CHAIR, AT);
		document.closeDiscussion(TODAY.plusDays(31), CHAIR, AT);
		document.sendToReview(CHAIR, AT);
		assertThat(document.getStatus()).isEqualTo(CHAIR_REVIEW);
		document.adoptByOmbDecision(12L, TODAY, CHAIR, AT);
		assertThat(document.getStatus()).isEqualTo(IN_FORCE);
	}

	@Test
	void aDocumentReturnedForRevisionKeepsTheRemarksAndGoesBackToReviewWithoutASecondDiscussion() {
		NormativeDocument document = draft(DocumentKind.SAMPLE_EDUCATIONAL_PROGRAMME);
		document.openDiscussion(TODAY, TODAY.plusDays(30), 30, CHAIR, AT);
		document.closeDiscussion(TODAY.plusDays(31), CHAIR, AT);
		document.sendToReview(CHAIR, AT);
		document.passWithoutExpertReview(CHAIR, AT);
		document.returnForRevision("3.2-пунктту тактоо керек", CHAIR, AT);

		assertThat(document.getStatus()).isEqualTo(DRAFTING);
		assertThat(document.getTransitions().get(document.getTransitions().size() - 1).getReason())
			.isEqualTo("3.2-пунктту тактоо керек");
		document.sendToReview(CHAIR, AT);
		assertThat(document.getStatus()).isEqualTo(EXPERT_REVIEW);
	}

	@Test
	void aDraftIsDiscussedOnlyOnce() {
		NormativeDocument document = draft(DocumentKind.STATE_STANDARD_HIGHER);
		document.openDiscussion(TODAY, TODAY.plusDays(30), 30, CHAIR, AT);
		document.closeDiscussion(TODAY.plusDays(31), CHAIR, AT);
		document.returnForRevision("Текстти оңдогула", CHAIR, AT);

		assertThat(document.hasBeenDiscussed()).isTrue();
		assertThatThrownBy(() -> document.openDiscussion(TODAY.plusDays(32), TODAY.plusDays(70), 30, CHAIR, AT))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.messageKey()).isEqualTo("documents.error.discussion-already-held"));
		assertThat(document.getStatus()).isEqualTo(DRAFTING);
		assertThat(document.getDiscussionClosesOn()).isEqualTo(TODAY.plusDays(30));
	}

	@Test
	void returningForRevisionWithoutRemarksIsRefused() {
		NormativeDocument document = draft(DocumentKind.INNOVATIVE_EXPERIENCE_MATERIAL);
		document.sendToReview(CHAIR, AT);
		assertThatThrownBy(() -> document.returnForRevision("  ", CHAIR, AT))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.messageKey()).isEqualTo("documents.error.remarks-required"));
	}

	@Test
	void onlyADocumentInForceIsSupersededOrRepealed() {
		NormativeDocument document = draft(DocumentKind.INNOVATIVE_EXPERIENCE_MATERIAL);
		assertThatThrownBy(() -> document.repeal(3, null, CHAIR, AT)).isInstanceOf(DomainException.class);
		document.sendToReview(CHAIR, AT);
		document.adoptByOmbDecision(null, TODAY, CHAIR, AT);
		document.supersedeBy(44, CHAIR, AT);
		assertThat(document.getStatus()).isEqualTo(SUPERSEDED);
		assertThat(document.getSuccessorId()).isEqualTo(44);
		assertThatThrownBy(() -> document.repeal(3, null, CHAIR, AT)).isInstanceOf(DomainException.class);

		NormativeDocument other = draft(DocumentKind.INNOVATIVE_EXPERIENCE_MATERIAL);
		other.sendToReview(CHAIR, AT);
		other.adoptByOmbDecision(null, TODAY, CHAIR, AT);
		other.repeal(3, "Жаңы мыйзам", CHAIR, AT);
		assertThat(other.getStatus()).isEqualTo(REPEALED);
	}

	@Test
	void standardsTakeEveryStepAndOmbLevelDocumentsEndWithTheOmbsDecision() {
		for (DocumentKind kind : DocumentKind.values()) {
			assertThat(kind.takes(WorkflowStep.SUBMISSION)).isNotEqualTo(kind.takes(WorkflowStep.OMB_DECISION));
			assertThat(kind.takes(WorkflowStep.CHAIR_REVIEW)).isTrue();
		}
		assertThat(DocumentKind.STATE_STANDARD_HIGHER.steps()).containsExactly(WorkflowStep.PUBLIC_DISCUSSION,
				WorkflowStep.EXPERT_REVIEW, WorkflowStep.CHAIR_REVIEW, WorkflowStep.SUBMISSION);
		assertThat(DocumentKind.RECOMMENDATION_ON_NORMATIVE_ACTS.takes(WorkflowStep.OMB_DECISION)).isTrue();
	}

	@Test
	void theMinimumDiscussionIsConfigurablePerKind() {
		DocumentsProperties properties = new DocumentsProperties(
				Map.of(DocumentKind.PROFESSIONAL_STANDARD, new DocumentsProperties.KindSettings(45)));
		assertThat(properties.discussionMinDays(DocumentKind.PROFESSIONAL_STANDARD)).isEqualTo(45);
		assertThat(properties.discussionMinDays(DocumentKind.STATE_STANDARD_HIGHER)).isEqualTo(30);
		assertThat(new DocumentsProperties(null).discussionMinDays(DocumentKind.ALTERNATIVE_STANDARD)).isEqualTo(30);
	}

	@Test
	void clausesMayBeEditedOnlyWhileDraftingOrDisposingOfComments() {
		assertThat(DocumentStatus.DRAFTING.isEditable()).isTrue();
		assertThat(DocumentStatus.DISPOSITION_OF_COMMENTS.isEditable()).isTrue();
		assertThat(DocumentStatus.PUBLIC_DISCUSSION.isEditable()).isFalse();
		assertThat(DocumentStatus.IN_FORCE.isEditable()).isFalse();
	}

}
