package kg.omb.review.domain;

import java.util.Collections;
import java.util.List;

/**
 * One conflict-of-interest rule (§10.6, §11.2): whether an expert may review the subject, and if not, why.
 */
public interface ConflictRule {

	Eligibility check(Candidate expert, ConflictFacts subject);

	/** The rules every review request applies, in the order their reasons are shown. */
	static List<ConflictRule> all() {
		return List.of(new SameOrganisationAsAuthor(), new CoAuthor(), new WorkingGroupMember(),
				new DraftingSectionMember(), new DeclaredConflict());
	}

	/** The reasons why the expert is not eligible under the rules; empty when eligible. */
	static List<String> reasons(List<ConflictRule> rules, Candidate expert, ConflictFacts subject) {
		return rules.stream()
			.map(rule -> rule.check(expert, subject))
			.filter(eligibility -> !eligibility.eligible())
			.map(Eligibility::reasonKey)
			.map(String::valueOf)
			.toList();
	}

	/** Not eligible when from the same organisation as any author. */
	final class SameOrganisationAsAuthor implements ConflictRule {

		@Override
		public Eligibility check(Candidate expert, ConflictFacts subject) {
			return Collections.disjoint(expert.organizationIds(), subject.authorOrganizationIds()) ? Eligibility.ELIGIBLE
					: Eligibility.notEligible("review.conflict.same-organisation");
		}

	}

	/** Not eligible when they are themselves one of the authors. */
	final class CoAuthor implements ConflictRule {

		@Override
		public Eligibility check(Candidate expert, ConflictFacts subject) {
			return subject.authorAccountIds().contains(expert.accountId())
					? Eligibility.notEligible("review.conflict.co-author") : Eligibility.ELIGIBLE;
		}

	}

	/** Not eligible when a participant of the working group that drafted the subject. */
	final class WorkingGroupMember implements ConflictRule {

		@Override
		public Eligibility check(Candidate expert, ConflictFacts subject) {
			return subject.workingGroupAccountIds().contains(expert.accountId())
					? Eligibility.notEligible("review.conflict.working-group") : Eligibility.ELIGIBLE;
		}

	}

	/** Not eligible when a member of the section that drafted the subject. */
	final class DraftingSectionMember implements ConflictRule {

		@Override
		public Eligibility check(Candidate expert, ConflictFacts subject) {
			return subject.draftingSectionAccountIds().contains(expert.accountId())
					? Eligibility.notEligible("review.conflict.drafting-section") : Eligibility.ELIGIBLE;
		}

	}

	/** Not eligible when they declared a conflict with the subject or with an author's organisation. */
	final class DeclaredConflict implements ConflictRule {

		@Override
		public Eligibility check(Candidate expert, ConflictFacts subject) {
			return subject.declaredConflictExpertIds().contains(expert.expertId())
					? Eligibility.notEligible("review.conflict.declared") : Eligibility.ELIGIBLE;
		}

	}

}
