package kg.omb.review.domain;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each conflict-of-interest rule on its own, with the reason it gives. */
class ConflictRuleTests {

	static final long EXPERT_ACCOUNT = 100;

	static final long EXPERT_UNIVERSITY = 7;

	static Candidate expert() {
		return new Candidate(1, EXPERT_ACCOUNT, "Эксперт", Set.of(EXPERT_UNIVERSITY), Set.of("580100"), Set.of("ky"), 0);
	}

	static ConflictFacts nothingInCommon() {
		return new ConflictFacts(Set.of(200L), Set.of(8L), Set.of(201L), Set.of(202L), Set.of(2L));
	}

	@Test
	void rejectsReviewByExpertFromAuthorsOrganisation() {
		ConflictFacts facts = new ConflictFacts(Set.of(200L), Set.of(8L, EXPERT_UNIVERSITY), Set.of(), Set.of(), Set.of());
		assertThat(new ConflictRule.SameOrganisationAsAuthor().check(expert(), facts))
			.isEqualTo(Eligibility.notEligible("review.conflict.same-organisation"));
	}

	@Test
	void acceptsAnExpertFromAnotherOrganisation() {
		assertThat(new ConflictRule.SameOrganisationAsAuthor().check(expert(), nothingInCommon()))
			.isEqualTo(Eligibility.ELIGIBLE);
	}

	@Test
	void rejectsACoAuthor() {
		ConflictFacts facts = new ConflictFacts(Set.of(EXPERT_ACCOUNT), Set.of(), Set.of(), Set.of(), Set.of());
		assertThat(new ConflictRule.CoAuthor().check(expert(), facts))
			.isEqualTo(Eligibility.notEligible("review.conflict.co-author"));
		assertThat(new ConflictRule.CoAuthor().check(expert(), nothingInCommon())).isEqualTo(Eligibility.ELIGIBLE);
	}

	@Test
	void rejectsAMemberOfTheWorkingGroupThatDraftedIt() {
		ConflictFacts facts = new ConflictFacts(Set.of(), Set.of(), Set.of(EXPERT_ACCOUNT), Set.of(), Set.of());
		assertThat(new ConflictRule.WorkingGroupMember().check(expert(), facts))
			.isEqualTo(Eligibility.notEligible("review.conflict.working-group"));
		assertThat(new ConflictRule.WorkingGroupMember().check(expert(), nothingInCommon()))
			.isEqualTo(Eligibility.ELIGIBLE);
	}

	@Test
	void rejectsAMemberOfTheSectionThatDraftedIt() {
		ConflictFacts facts = new ConflictFacts(Set.of(), Set.of(), Set.of(), Set.of(EXPERT_ACCOUNT), Set.of());
		assertThat(new ConflictRule.DraftingSectionMember().check(expert(), facts))
			.isEqualTo(Eligibility.notEligible("review.conflict.drafting-section"));
		assertThat(new ConflictRule.DraftingSectionMember().check(expert(), nothingInCommon()))
			.isEqualTo(Eligibility.ELIGIBLE);
	}

	@Test
	void rejectsAnExpertWhoDeclaredAConflict() {
		ConflictFacts facts = new ConflictFacts(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(1L));
		assertThat(new ConflictRule.DeclaredConflict().check(expert(), facts))
			.isEqualTo(Eligibility.notEligible("review.conflict.declared"));
		assertThat(new ConflictRule.DeclaredConflict().check(expert(), nothingInCommon()))
			.isEqualTo(Eligibility.ELIGIBLE);
	}

	@Test
	void anExpertWithSeveralConflictsHearsEveryReasonInTheRulesOrder() {
		ConflictFacts facts = new ConflictFacts(Set.of(EXPERT_ACCOUNT), Set.of(EXPERT_UNIVERSITY), Set.of(),
				Set.of(EXPERT_ACCOUNT), Set.of());
		assertThat(ConflictRule.reasons(ConflictRule.all(), expert(), facts)).containsExactly(
				"review.conflict.same-organisation", "review.conflict.co-author", "review.conflict.drafting-section");
		assertThat(ConflictRule.reasons(ConflictRule.all(), expert(), nothingInCommon())).isEmpty();
	}

}
