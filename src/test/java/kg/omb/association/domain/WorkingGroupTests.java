package kg.omb.association.domain;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import kg.omb.shared.DomainException;
import kg.omb.shared.LocalizedText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules a creative (working) group keeps (§15): its name, its deadline, its participants and its completion. */
class WorkingGroupTests {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

	static WorkingGroup standardGroup() {
		return new WorkingGroup(1L, LocalizedText.of("Стандарт тобу", null, null), "  МББС долбоору  ",
				TODAY.plusMonths(2), TODAY);
	}

	static WorkingGroup.Participant withAccount(long accountId, String name) {
		return new WorkingGroup.Participant(name, 10L, accountId, "Мүчө");
	}

	static WorkingGroup.Participant withoutAccount(String name, long organizationId) {
		return new WorkingGroup.Participant(name, organizationId, null, null);
	}

	@Test
	void aGroupNeedsItsNameInKyrgyz() {
		assertThatThrownBy(() -> new WorkingGroup(1L, LocalizedText.of(null, "Группа", "Group"), "Иш",
				TODAY.plusDays(1), TODAY))
			.extracting(e -> ((DomainException) e).messageKey())
			.isEqualTo("association.error.name-ky-required");
	}

	@Test
	void theDeadlineCannotBeInThePast() {
		assertThatThrownBy(() -> new WorkingGroup(1L, LocalizedText.of("Топ", null, null), "Иш", TODAY.minusDays(1),
				TODAY))
			.extracting(e -> ((DomainException) e).messageKey())
			.isEqualTo("association.error.deadline-past");
	}

	@Test
	void theDeadlineMayBeToday() {
		WorkingGroup group = new WorkingGroup(1L, LocalizedText.of("Топ", null, null), "Иш", TODAY, TODAY);
		assertThat(group.getDeadline()).isEqualTo(TODAY);
		assertThat(group.isOverdueOn(TODAY)).isFalse();
	}

	@Test
	void theTaskIsKeptWithoutSurroundingBlanks() {
		assertThat(standardGroup().getTask()).isEqualTo("МББС долбоору");
	}

	@Test
	void participantsComeFromAnyOrganisationInTheOrderAdded() {
		WorkingGroup group = standardGroup();
		group.add(withAccount(5L, "Айгүл Токтосунова"));
		group.add(withoutAccount("Бакыт Осмонов", 20L));
		group.add(withoutAccount("Бакыт Осмонов", 30L));
		assertThat(group.getParticipants()).extracting(WorkingGroup.Participant::personName)
			.containsExactly("Айгүл Токтосунова", "Бакыт Осмонов", "Бакыт Осмонов");
	}

	@Test
	void aPersonWithAnAccountJoinsOnce() {
		WorkingGroup group = standardGroup();
		group.add(withAccount(5L, "Айгүл Токтосунова"));
		assertThatThrownBy(() -> group.add(withAccount(5L, "А. Токтосунова")))
			.extracting(e -> ((DomainException) e).messageKey())
			.isEqualTo("association.error.participant-twice");
		assertThat(group.getParticipants()).hasSize(1);
	}

	@Test
	void aPersonWithoutAnAccountJoinsOncePerOrganisationWhateverTheCase() {
		WorkingGroup group = standardGroup();
		group.add(withoutAccount("Бакыт Осмонов", 20L));
		assertThatThrownBy(() -> group.add(withoutAccount("БАКЫТ ОСМОНОВ", 20L)))
			.extracting(e -> ((DomainException) e).messageKey())
			.isEqualTo("association.error.participant-twice");
		assertThat(group.getParticipants()).hasSize(1);
	}

	@Test
	void theParticipantsListCannotBeChangedFromOutside() {
		WorkingGroup group = standardGroup();
		group.add(withAccount(5L, "Айгүл Токтосунова"));
		assertThatThrownBy(() -> group.getParticipants().clear()).isInstanceOf(UnsupportedOperationException.class);
		assertThat(group.getParticipants()).hasSize(1);
	}

	@Test
	void aGroupCannotBeCompletedTwice() {
		WorkingGroup group = standardGroup();
		group.complete(TODAY.plusDays(5));
		assertThatThrownBy(() -> group.complete(TODAY.plusDays(6)))
			.extracting(e -> ((DomainException) e).messageKey())
			.isEqualTo("association.error.group-completed");
		assertThat(group.getCompletedOn()).isEqualTo(TODAY.plusDays(5));
	}

	@Test
	void noParticipantJoinsACompletedGroup() {
		WorkingGroup group = standardGroup();
		group.add(withAccount(5L, "Айгүл Токтосунова"));
		group.complete(TODAY);
		assertThatThrownBy(() -> group.add(withAccount(6L, "Нурлан Асанов")))
			.extracting(e -> ((DomainException) e).messageKey())
			.isEqualTo("association.error.group-completed");
		assertThat(group.getParticipants()).hasSize(1);
	}

	@Test
	void anOpenGroupIsOverdueOnlyAfterItsDeadline() {
		WorkingGroup group = standardGroup();
		assertThat(group.isOverdueOn(TODAY.plusMonths(2))).isFalse();
		assertThat(group.isOverdueOn(TODAY.plusMonths(2).plusDays(1))).isTrue();
	}

	@Test
	void aCompletedGroupIsNeverOverdue() {
		WorkingGroup group = standardGroup();
		group.complete(TODAY.plusMonths(3));
		assertThat(group.isOverdueOn(TODAY.plusYears(1))).isFalse();
	}

}
