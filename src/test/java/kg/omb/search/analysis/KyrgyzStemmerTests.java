package kg.omb.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class KyrgyzStemmerTests {

	static Stream<Arguments> formsOfOneWord() {
		return Stream.of(
				Arguments.of("стандарт", new String[] {"стандарт", "стандарттар", "стандарттын", "стандарттарды",
						"стандартка", "стандарттарга", "стандартта", "стандарттан", "стандарттары", "стандартты",
						"стандарттарынын", "стандарттарына", "стандарттагы"}),
				Arguments.of("билим", new String[] {"билим", "билимдин", "билими", "билимге", "билимди", "билимде",
						"билимден", "билиминин", "билимин", "билиминде", "билимине"}),
				Arguments.of("программа", new String[] {"программа", "программалар", "программасы", "программаны",
						"программанын", "программага", "программада", "программадан", "программасынын",
						"программасына", "программасын", "программасында", "программасынан", "программаларды",
						"программалары", "программаларынын", "программасындагы"}),
				Arguments.of("окуу", new String[] {"окуу", "окуусу", "окуусунун", "окууга", "окуунун", "окууда",
						"окуулар"}),
				Arguments.of("университет", new String[] {"университет", "университеттер", "университеттердин",
						"университетте", "университеттин", "университетке", "университеттен", "университеттеги",
						"университети", "университетибиз"}),
				Arguments.of("китеп", new String[] {"китеп", "китептер", "китебин", "китептерге", "китеби",
						"китебине", "китебинен", "китептин", "китепке", "китептерди", "китебиме", "китебибиз"}),
				Arguments.of("адистик", new String[] {"адистик", "адистиктер", "адистиктин", "адистиги",
						"адистикке", "адистиктерди", "адистигинин"}),
				Arguments.of("бирикме", new String[] {"бирикме", "бирикмелер", "бирикменин", "бирикмеге",
						"бирикмеси", "бирикмесинин", "бирикмелердин", "бирикмеде"}),
				Arguments.of("мугалим", new String[] {"мугалим", "мугалимдер", "мугалимдин", "мугалимге",
						"мугалимдерге"}),
				Arguments.of("окуучу", new String[] {"окуучу", "окуучулар", "окуучунун", "окуучусу",
						"окуучуларга"}),
				Arguments.of("күн", new String[] {"күн", "күндөр", "күндүн", "күнү", "күнгө", "күндөрдө"}),
				Arguments.of("жер", new String[] {"жер", "жерлер", "жердин", "жерге"}),
				Arguments.of("кол", new String[] {"кол", "колдор", "колдун", "колу"}),
				Arguments.of("кыргызстан", new String[] {"кыргызстан", "кыргызстандын", "кыргызстанда",
						"кыргызстандагы"}),
				Arguments.of("курс", new String[] {"курс", "курстан", "курстар", "курска"}));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource
	void formsOfOneWord(String stem, String[] forms) {
		for (String form : forms) {
			assertThat(KyrgyzStemmer.stem(form)).as(form).isEqualTo(stem);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = {"ал", "бар", "кара", "бала", "машина", "жана", "алтын", "катчы", "жетекчи", "тамак",
			"аракет", "ыкма", "маданият", "2024", "pdf"})
	void leavesWordsWithoutEndingsWhole(String word) {
		assertThat(KyrgyzStemmer.stem(word)).isEqualTo(word);
	}

	@Test
	void keepsAnOtherwiseMatchingEndingWhenItsVowelBreaksHarmony() {
		// -тер after a back vowel is not a Kyrgyz plural
		assertThat(KyrgyzStemmer.stem("стандарттер")).isEqualTo("стандарттер");
	}

	@Test
	void keepsTheWordWhenAnEndingWouldLeaveFewerThanThreeLetters() {
		assertThat(KyrgyzStemmer.stem("алар")).isEqualTo("алар");
		assertThat(KyrgyzStemmer.stem("ага")).isEqualTo("ага");
	}

	@Test
	void takesOffOnlyOneEndingOfEachKind() {
		// two plurals never follow each other, so the second -лар belongs to the stem
		assertThat(KyrgyzStemmer.stem("талаалар")).isEqualTo("талаа");
	}

	@Test
	void keepsAgentNounsInChyWholeInTheirForms() {
		assertThat(KyrgyzStemmer.stem("катчылар")).isEqualTo("катчы");
		assertThat(KyrgyzStemmer.stem("жетекчилерине")).isEqualTo("жетекчи");
	}
}
