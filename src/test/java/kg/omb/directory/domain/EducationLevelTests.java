package kg.omb.directory.domain;

import org.junit.jupiter.api.Test;

import kg.omb.directory.EducationSector;
import kg.omb.shared.DomainException;
import kg.omb.shared.LocalizedText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules a new level of training keeps by itself: its code's form, a name, and the sector it belongs to. */
class EducationLevelTests {

	static final LocalizedText NAME = LocalizedText.of("Резидентура", "Ординатура", "Residency");

	@Test
	void aLevelCodeIsWrittenInCapitalsWithoutSurroundingBlanks() {
		EducationLevel level = new EducationLevel("  residency_2  ", NAME, EducationSector.HIGHER, 5);
		assertThat(level.getCode()).isEqualTo("RESIDENCY_2");
		assertThat(level.view().position()).isEqualTo(5);
		assertThat(level.view().name()).isEqualTo(NAME);
	}

	@Test
	void aLevelCodeIsLatinLettersDigitsAndSeparatorsOnly() {
		for (String wrong : new String[] { "", "   ", "РЕЗИДЕНТУРА", "RES IDENCY", "_RESIDENCY", "A".repeat(33) }) {
			assertThatThrownBy(() -> new EducationLevel(wrong, NAME, EducationSector.HIGHER, 5)).as(wrong)
				.extracting(e -> ((DomainException) e).messageKey())
				.isEqualTo("classifier.error.level-code-format");
		}
		assertThat(new EducationLevel("A".repeat(32), NAME, EducationSector.HIGHER, 5).getCode()).hasSize(32);
	}

	@Test
	void aLevelNeedsAName() {
		assertThatThrownBy(() -> new EducationLevel("RESIDENCY", LocalizedText.of(" ", null, ""),
				EducationSector.HIGHER, 5))
			.extracting(e -> ((DomainException) e).messageKey())
			.isEqualTo("classifier.error.name-required");
	}

	@Test
	void aLevelBelongsToASector() {
		assertThatThrownBy(() -> new EducationLevel("RESIDENCY", NAME, null, 5))
			.extracting(e -> ((DomainException) e).messageKey())
			.isEqualTo("classifier.error.level-sector-required");
	}

}
