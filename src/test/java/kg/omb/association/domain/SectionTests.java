package kg.omb.association.domain;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kg.omb.shared.DomainException;
import kg.omb.shared.LocalizedText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SectionTests {

	static Section accounting() {
		return new Section(1L, LocalizedText.of("Бухгалтердик эсеп", null, null), Set.of("580100"), 10L, 100L,
				LocalDate.of(2025, 9, 1));
	}

	@Test
	void appointingANewHeadReturnsThePreviousOne() {
		Section section = accounting();
		assertThat(section.appointHead(new Head(5L, "Эрлан Абдыкадыров"))).isEmpty();
		assertThat(section.appointHead(new Head(6L, "Нургүл Сатыбалдиева")))
			.hasValue(new Head(5L, "Эрлан Абдыкадыров"));
		assertThat(section.getHead()).hasValue(new Head(6L, "Нургүл Сатыбалдиева"));
	}

	@Test
	void oneSubsectionPerLevel() {
		Section section = accounting();
		section.addSubsection("BACHELOR", LocalizedText.of("Бакалавриат", null, null), null);
		assertThatThrownBy(() -> section.addSubsection("BACHELOR", LocalizedText.of("Дагы", null, null), null))
			.extracting(e -> ((DomainException) e).messageKey())
			.isEqualTo("association.error.subsection-level-taken");
		section.addSubsection("MASTER", LocalizedText.of("Магистратура", null, null), new Head(null, "Алмаз Исаков"));
		assertThat(section.getSubsections()).extracting(Subsection::getLevelCode)
			.containsExactlyInAnyOrder("BACHELOR", "MASTER");
	}

	@Test
	void aClosedSectionHasNoHeadAndTakesNoSubsections() {
		Section section = accounting();
		section.appointHead(new Head(5L, "Эрлан Абдыкадыров"));
		assertThat(section.close(101L, LocalDate.of(2026, 1, 1))).hasValue(new Head(5L, "Эрлан Абдыкадыров"));
		assertThat(section.isOpen()).isFalse();
		assertThat(section.getHead()).isEmpty();
		assertThatThrownBy(() -> section.addSubsection("MASTER", LocalizedText.of("Магистратура", null, null), null))
			.extracting(e -> ((DomainException) e).messageKey())
			.isEqualTo("association.error.section-closed");
	}

	@Test
	void aSectionCoversAtLeastOneDirectionOrSpecialty() {
		assertThatThrownBy(() -> new Section(1L, LocalizedText.of("Бош", null, null), Set.of(), 10L, 100L,
				LocalDate.of(2025, 9, 1)))
			.extracting(e -> ((DomainException) e).messageKey())
			.isEqualTo("association.error.section-codes-required");
	}

}
