package kg.omb.documents;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static kg.omb.documents.WorkflowStep.CHAIR_REVIEW;
import static kg.omb.documents.WorkflowStep.EXPERT_REVIEW;
import static kg.omb.documents.WorkflowStep.OMB_DECISION;
import static kg.omb.documents.WorkflowStep.PUBLIC_DISCUSSION;
import static kg.omb.documents.WorkflowStep.SUBMISSION;

/**
 * The kinds of normative documents an OMB develops (§9.1, §9.3, §9.4, §10) and the steps each takes. Documents for
 * the authorized body end with their submission to it (§18); the OMB's own recommendations and materials end with
 * the OMB's decision.
 */
public enum DocumentKind {

	STATE_STANDARD_HIGHER(30, PUBLIC_DISCUSSION, EXPERT_REVIEW, CHAIR_REVIEW, SUBMISSION),
	STATE_STANDARD_SECONDARY_VOCATIONAL(30, PUBLIC_DISCUSSION, EXPERT_REVIEW, CHAIR_REVIEW, SUBMISSION),
	EXPERIMENTAL_STANDARD(30, PUBLIC_DISCUSSION, EXPERT_REVIEW, CHAIR_REVIEW, SUBMISSION),
	ALTERNATIVE_STANDARD(30, PUBLIC_DISCUSSION, EXPERT_REVIEW, CHAIR_REVIEW, SUBMISSION),
	SAMPLE_DISCIPLINE_PROGRAMME(30, PUBLIC_DISCUSSION, EXPERT_REVIEW, CHAIR_REVIEW, SUBMISSION),
	SAMPLE_EDUCATIONAL_PROGRAMME(30, PUBLIC_DISCUSSION, EXPERT_REVIEW, CHAIR_REVIEW, SUBMISSION),
	PROFESSIONAL_STANDARD(30, PUBLIC_DISCUSSION, EXPERT_REVIEW, CHAIR_REVIEW, SUBMISSION),
	SECTOR_QUALIFICATIONS_FRAMEWORK(30, PUBLIC_DISCUSSION, EXPERT_REVIEW, CHAIR_REVIEW, SUBMISSION),
	RECOMMENDATION_ON_NORMATIVE_ACTS(30, PUBLIC_DISCUSSION, CHAIR_REVIEW, OMB_DECISION),
	INNOVATIVE_EXPERIENCE_MATERIAL(0, CHAIR_REVIEW, OMB_DECISION);

	private final int defaultDiscussionMinDays;

	private final Set<WorkflowStep> steps;

	DocumentKind(int defaultDiscussionMinDays, WorkflowStep... steps) {
		this.defaultDiscussionMinDays = defaultDiscussionMinDays;
		this.steps = EnumSet.copyOf(List.of(steps));
	}

	public Set<WorkflowStep> steps() {
		return EnumSet.copyOf(steps);
	}

	public boolean takes(WorkflowStep step) {
		return steps.contains(step);
	}

	/** The shortest public discussion unless configured otherwise; 0 for a kind without one. */
	public int defaultDiscussionMinDays() {
		return defaultDiscussionMinDays;
	}

}
