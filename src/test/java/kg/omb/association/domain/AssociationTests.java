package kg.omb.association.domain;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kg.omb.association.AssociationStatus;
import kg.omb.shared.DomainException;
import kg.omb.shared.LocalizedText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AssociationTests {

	static final LocalDate FOUNDED = LocalDate.of(2025, 9, 1);

	static Association economics() {
		return Association.establish(LocalizedText.of("Экономика ОМБ", "УМО по экономике", "Economics OMB"), 1L,
				Set.of("580000"), 10L, 100L, FOUNDED);
	}

	@Test
	void aNewAssociationIsActiveAtItsBaseOrganisationWithoutAChair() {
		Association association = economics();
		assertThat(association.getStatus()).isEqualTo(AssociationStatus.ACTIVE);
		assertThat(association.baseOrganizationId()).isEqualTo(10L);
		assertThat(association.currentChair()).isEmpty();
		assertThat(association.getEstablishedOn()).isEqualTo(FOUNDED);
	}

	@Test
	void refusesAnAssociationWithoutAKyrgyzNameOrWithoutGroups() {
		assertThatThrownBy(() -> Association.establish(LocalizedText.of("", "УМО", "OMB"), 1L, Set.of("580000"), 10L,
				100L, FOUNDED))
			.isInstanceOf(DomainException.class)
			.extracting(e -> ((DomainException) e).messageKey())
			.isEqualTo("association.error.name-ky-required");
		assertThatThrownBy(() -> Association.establish(LocalizedText.of("ОМБ", null, null), 1L, Set.of(), 10L, 100L,
				FOUNDED))
			.extracting(e -> ((DomainException) e).messageKey())
			.isEqualTo("association.error.groups-required");
	}

	@Test
	void confirmingANewChairEndsThePreviousTermOnTheActsDay() {
		Association association = economics();
		association.confirmChair(7L, "Айгүл Токтогулова", "проректор", 101L, FOUNDED.plusDays(5));
		var previous = association.confirmChair(8L, "Бакыт Асанов", "проректор", 102L, FOUNDED.plusYears(1));

		assertThat(previous).hasValueSatisfying(term -> {
			assertThat(term.getAccountId()).isEqualTo(7L);
			assertThat(term.getToDate()).isEqualTo(FOUNDED.plusYears(1));
			assertThat(term.getEndingActId()).isEqualTo(102L);
		});
		assertThat(association.currentChair()).hasValueSatisfying(term -> assertThat(term.getAccountId()).isEqualTo(8L));
		assertThat(association.getChairTerms()).hasSize(2);
	}

	@Test
	void theChairIsOfTheBaseOrganisation() {
		Association association = economics();
		association.confirmChair(7L, "Айгүл Токтогулова", "проректор", 101L, FOUNDED);
		assertThat(association.currentChair().orElseThrow().getOrganizationId()).isEqualTo(10L);
	}

	@Test
	void refusesToConfirmTheSittingChairAgain() {
		Association association = economics();
		association.confirmChair(7L, "Айгүл Токтогулова", "проректор", 101L, FOUNDED);
		assertThatThrownBy(() -> association.confirmChair(7L, "Айгүл Токтогулова", "проректор", 102L, FOUNDED))
			.extracting(e -> ((DomainException) e).messageKey())
			.isEqualTo("association.error.already-chair");
	}

	@Test
	void aTransferKeepsTheHistoryOfBaseOrganisationsAndEndsTheChairsTerm() {
		Association association = economics();
		association.confirmChair(7L, "Айгүл Токтогулова", "проректор", 101L, FOUNDED);
		association.transferTo(20L, 103L, FOUNDED.plusYears(2));

		assertThat(association.baseOrganizationId()).isEqualTo(20L);
		assertThat(association.getBaseTerms()).extracting(BaseOrganizationTerm::getOrganizationId).containsExactly(10L,
				20L);
		assertThat(association.getBaseTerms().get(0).getToDate()).isEqualTo(FOUNDED.plusYears(2));
		assertThat(association.currentChair()).isEmpty();
	}

	@Test
	void refusesATransferToTheSameOrganisationOrBackInTime() {
		Association association = economics();
		assertThatThrownBy(() -> association.transferTo(10L, 103L, FOUNDED.plusDays(1)))
			.extracting(e -> ((DomainException) e).messageKey())
			.isEqualTo("association.error.same-base");
		assertThatThrownBy(() -> association.transferTo(20L, 103L, FOUNDED.minusDays(1)))
			.extracting(e -> ((DomainException) e).messageKey())
			.isEqualTo("association.error.date-before-current");
	}

	@Test
	void aDissolvedAssociationNoLongerChanges() {
		Association association = economics();
		association.confirmChair(7L, "Айгүл Токтогулова", "проректор", 101L, FOUNDED);
		association.dissolve(104L, FOUNDED.plusYears(3));

		assertThat(association.getStatus()).isEqualTo(AssociationStatus.DISSOLVED);
		assertThat(association.getStatusActId()).isEqualTo(104L);
		assertThat(association.currentChair()).isEmpty();
		assertThatThrownBy(() -> association.confirmChair(8L, "Бакыт Асанов", "проректор", 105L, FOUNDED.plusYears(4)))
			.extracting(e -> ((DomainException) e).messageKey())
			.isEqualTo("association.error.not-active");
		assertThatThrownBy(() -> association.reorganise(null, 106L, FOUNDED.plusYears(4)))
			.extracting(e -> ((DomainException) e).messageKey())
			.isEqualTo("association.error.not-active");
	}

	@Test
	void aReorganisedAssociationNamesItsSuccessor() {
		Association association = economics();
		association.reorganise(42L, 104L, FOUNDED.plusYears(1));
		assertThat(association.getStatus()).isEqualTo(AssociationStatus.REORGANISED);
		assertThat(association.getSuccessorId()).isEqualTo(42L);
	}

	@Test
	void endingTheChairsTermLeavesThePostVacant() {
		Association association = economics();
		assertThatThrownBy(() -> association.endChairTerm(101L, FOUNDED))
			.extracting(e -> ((DomainException) e).messageKey())
			.isEqualTo("association.error.no-chair");
		association.confirmChair(7L, "Айгүл Токтогулова", "проректор", 101L, FOUNDED);
		association.endChairTerm(102L, FOUNDED.plusMonths(6));
		assertThat(association.currentChair()).isEmpty();
	}

	@Test
	void aSpecialStatusUniversitysOwnAssociationHasNoAuthority() {
		Association own = Association.ownOfSpecialStatusUniversity(LocalizedText.of("КУУ ОМБ", null, null),
				Set.of("530000"), 30L, 200L, FOUNDED);
		assertThat(own.isSpecialStatus()).isTrue();
		assertThat(own.getAuthorityId()).isNull();
		assertThat(own.baseOrganizationId()).isEqualTo(30L);
	}

}
