package kg.omb.directory.domain;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kg.omb.directory.ClassifierKind;
import kg.omb.shared.DomainException;
import kg.omb.shared.LocalizedText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClassifierEntryTests {

	static final LocalDate INTRODUCED = LocalDate.of(2020, 9, 1);

	static ClassifierEntry direction() {
		return new ClassifierEntry("580100", ClassifierKind.DIRECTION,
				LocalizedText.of("Экономика", "Экономика", "Economics"), "580000", Set.of("BACHELOR"), INTRODUCED);
	}

	@Test
	void aRetiredCodeIsUsableUntilTheDayBeforeItsRetirement() {
		ClassifierEntry entry = direction();
		entry.retire(LocalDate.of(2026, 9, 1), 7L);

		assertThat(entry.usableOn(LocalDate.of(2026, 8, 31))).isTrue();
		assertThat(entry.usableOn(LocalDate.of(2026, 9, 1))).isFalse();
		assertThat(entry.usableOn(LocalDate.of(2019, 1, 1))).as("before it was introduced").isFalse();
		assertThat(entry.getRetiredByActId()).isEqualTo(7L);
	}

	@Test
	void retirementIsRecordedAsAChangeAndHappensOnce() {
		ClassifierEntry entry = direction();
		assertThat(entry.retire(LocalDate.of(2026, 9, 1), null))
			.containsExactly(new FieldChange("retired", null, "2026-09-01"));

		assertThatThrownBy(() -> entry.retire(LocalDate.of(2027, 1, 1), null)).isInstanceOf(DomainException.class)
			.extracting(error -> ((DomainException) error).messageKey())
			.isEqualTo("classifier.error.already-retired");
	}

	@Test
	void aCodeCannotBeRetiredBeforeItCameIntoUse() {
		assertThatThrownBy(() -> direction().retire(INTRODUCED.minusDays(1), null))
			.extracting(error -> ((DomainException) error).messageKey())
			.isEqualTo("classifier.error.retired-before-introduced");
	}

	@Test
	void aRetiredEntryIsNotRenamed() {
		ClassifierEntry entry = direction();
		entry.retire(LocalDate.of(2026, 9, 1), null);
		assertThatThrownBy(() -> entry.rename(LocalizedText.of("Жаңы", "Новое", "New")))
			.extracting(error -> ((DomainException) error).messageKey())
			.isEqualTo("classifier.error.retired-unchangeable");
		assertThat(entry.getName().ru()).isEqualTo("Экономика");
	}

	@Test
	void renamingReportsEachLanguageThatChanged() {
		ClassifierEntry entry = direction();
		assertThat(entry.rename(LocalizedText.of("Экономика", "Экономика и управление", "Economics")))
			.containsExactly(new FieldChange("name.ru", "Экономика", "Экономика и управление"));
		assertThat(entry.rename(entry.getName())).isEmpty();
	}

	@Test
	void levelChangesAreReportedAsSortedCodes() {
		ClassifierEntry entry = direction();
		assertThat(entry.changeLevels(Set.of("MASTER", "BACHELOR")))
			.containsExactly(new FieldChange("levels", "BACHELOR", "BACHELOR,MASTER"));
		assertThat(entry.changeLevels(Set.of("BACHELOR", "MASTER"))).isEmpty();
	}

	@Test
	void aDirectionNeedsAParentAndALevelAndAGroupHasNoParent() {
		LocalizedText name = LocalizedText.of("Топ", "Группа", "Group");
		assertThatThrownBy(() -> new ClassifierEntry("580100", ClassifierKind.DIRECTION, name, null, Set.of("BACHELOR"),
				INTRODUCED)).extracting(error -> ((DomainException) error).messageKey())
			.isEqualTo("classifier.error.parent-required");
		assertThatThrownBy(() -> new ClassifierEntry("580100", ClassifierKind.DIRECTION, name, "580000", Set.of(),
				INTRODUCED)).extracting(error -> ((DomainException) error).messageKey())
			.isEqualTo("classifier.error.levels-required");
		assertThatThrownBy(() -> new ClassifierEntry("580000", ClassifierKind.GROUP, name, "570000", Set.of(),
				INTRODUCED)).extracting(error -> ((DomainException) error).messageKey())
			.isEqualTo("classifier.error.group-parent");
	}

	@Test
	void aCodeIsSixDigits() {
		LocalizedText name = LocalizedText.of("Топ", "Группа", "Group");
		assertThatThrownBy(() -> new ClassifierEntry("58010", ClassifierKind.GROUP, name, null, Set.of(), INTRODUCED))
			.extracting(error -> ((DomainException) error).messageKey())
			.isEqualTo("classifier.error.code-format");
		assertThat(new ClassifierEntry(" 580000 ", ClassifierKind.GROUP, name, null, Set.of(), INTRODUCED).getCode())
			.isEqualTo("580000");
	}

	@Test
	void anEntryWithoutANameIsRefused() {
		assertThatThrownBy(() -> new ClassifierEntry("580000", ClassifierKind.GROUP, new LocalizedText(" ", null, ""),
				null, Set.of(), INTRODUCED)).extracting(error -> ((DomainException) error).messageKey())
			.isEqualTo("classifier.error.name-required");
	}

}
