package kg.omb.association.domain;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import kg.omb.shared.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MembershipProposalTests {

	static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

	static MemberDetails employer() {
		return new MemberDetails("Бакыт Жумабеков", "bakyt@example.kg", 9L, 40L, "башкы бухгалтер",
				StakeholderKind.EMPLOYER_REPRESENTATIVE, null, MemberRole.MEMBER, LocalDate.of(2029, 9, 1));
	}

	@Test
	void anAcceptedProposalBecomesAMemberFromTheActsDay() {
		MembershipProposal proposal = MembershipProposal.toAdd(1L, employer(), "тажрыйбасы бар", 3L, "Мээрим Усенова");
		proposal.accept(2L, NOW);
		proposal.takeEffect(300L);
		Member member = proposal.newMember(300L, LocalDate.of(2026, 3, 10));

		assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.IN_EFFECT);
		assertThat(member.getActId()).isEqualTo(300L);
		assertThat(member.getTermFrom()).isEqualTo(LocalDate.of(2026, 3, 10));
		assertThat(member.getStakeholderKind()).isEqualTo(StakeholderKind.EMPLOYER_REPRESENTATIVE);
		assertThat(member.isCurrentOn(LocalDate.of(2026, 3, 9))).isFalse();
		assertThat(member.isCurrentOn(LocalDate.of(2026, 3, 10))).isTrue();
		assertThat(member.isCurrentOn(LocalDate.of(2029, 9, 1))).isFalse();
	}

	@Test
	void aPendingProposalDoesNotTakeEffect() {
		MembershipProposal proposal = MembershipProposal.toAdd(1L, employer(), null, 3L, "Мээрим Усенова");
		assertThatThrownBy(() -> proposal.takeEffect(300L))
			.extracting(e -> ((DomainException) e).messageKey())
			.isEqualTo("association.error.proposal-accepted-only");
	}

	@Test
	void rejectingNeedsAReasonAndIsFinal() {
		MembershipProposal proposal = MembershipProposal.toAdd(1L, employer(), null, 3L, "Мээрим Усенова");
		assertThatThrownBy(() -> proposal.reject(2L, "  ", NOW))
			.extracting(e -> ((DomainException) e).messageKey())
			.isEqualTo("association.error.reason-required");
		proposal.reject(2L, "секцияда орун жок", NOW);
		assertThat(proposal.getRejectionReason()).isEqualTo("секцияда орун жок");
		assertThatThrownBy(() -> proposal.accept(2L, NOW))
			.extracting(e -> ((DomainException) e).messageKey())
			.isEqualTo("association.error.proposal-pending-only");
	}

	@Test
	void anEndedMembershipIsNoLongerCurrent() {
		MembershipProposal proposal = MembershipProposal.toAdd(1L, employer(), null, 3L, "Мээрим Усенова");
		proposal.accept(2L, NOW);
		Member member = proposal.newMember(300L, LocalDate.of(2026, 3, 10));
		member.end(301L, LocalDate.of(2027, 1, 1));
		assertThat(member.isCurrentOn(LocalDate.of(2026, 12, 31))).isTrue();
		assertThat(member.isCurrentOn(LocalDate.of(2027, 1, 1))).isFalse();
		assertThatThrownBy(() -> member.end(302L, LocalDate.of(2027, 2, 1)))
			.extracting(e -> ((DomainException) e).messageKey())
			.isEqualTo("association.error.member-not-current");
	}

	@Test
	void aTermMustEndAfterItBegins() {
		MembershipProposal proposal = MembershipProposal.toAdd(1L, employer(), null, 3L, "Мээрим Усенова");
		proposal.accept(2L, NOW);
		assertThatThrownBy(() -> proposal.newMember(300L, LocalDate.of(2030, 1, 1)))
			.extracting(e -> ((DomainException) e).messageKey())
			.isEqualTo("association.error.term-ends-before-start");
	}

}
