package kg.omb.search.analysis;

import static kg.omb.search.analysis.Suffix.Joint.CONSONANT;
import static kg.omb.search.analysis.Suffix.Joint.CONSONANT_BUT_CH;
import static kg.omb.search.analysis.Suffix.Joint.VOICED;
import static kg.omb.search.analysis.Suffix.Joint.VOICELESS;
import static kg.omb.search.analysis.Suffix.Joint.VOWEL;
import static kg.omb.search.analysis.Suffix.Joint.VOWEL_OR_J_R;
import static kg.omb.search.analysis.Suffix.Joint.VOWEL_OR_VOICED;
import static kg.omb.search.analysis.Suffix.Person.FIRST_OR_SECOND_SINGULAR;
import static kg.omb.search.analysis.Suffix.Person.PLURAL_OR_POLITE;
import static kg.omb.search.analysis.Suffix.Person.THIRD;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * A light stemmer for Kyrgyz nouns: it takes off at most one case ending, then one possessive, then one plural, in
 * the reverse of the order Kyrgyz puts them on (стандарт-тар-ы-на), so that all the forms of a word a search meets
 * in documents share one stem. It does not touch verbs or derivation; a light stemmer that errs on the side of
 * leaving a word whole costs recall, one that cuts too much mixes unrelated words, and the first is cheaper.
 *
 * <p>Deliberate limits:
 * <ul>
 *   <li>the bare first and second person singular (-ым, -ың) are only taken off before the dative -а/-е that proves
 *       them, because -ым/-им is also a frequent word ending (билим, түзүм, мугалим);</li>
 *   <li>the accusative -н after a third person possessive needs a long stem (китебин), else алтын would lose its н;</li>
 *   <li>a stem keeps at least three letters, so ал, бар and кара stay as they are;</li>
 *   <li>the consonant a vowel ending voices is written back unvoiced (китеб-и → китеп, адистиг-и → адистик), so the
 *       bare word and its forms agree; a word ending in б or г (педагог) is unvoiced too, the same way every time.</li>
 * </ul>
 * Input is expected in lower case, as the analyzer delivers it.
 */
public final class KyrgyzStemmer {

	/** Names in -стан, whose ending would be read as the ablative -тан. */
	private static final List<String> PROTECTED = List.of("кыргызстан", "казакстан", "өзбекстан", "тажикстан",
			"түркмөнстан", "ооганстан", "пакистан", "дагестан", "татарстан", "башкортостан", "индостан");

	private static final List<Suffix> CASES = longestFirst(
			// locative-attributive: университеттеги, программасындагы
			Suffix.of("дAгI", VOWEL_OR_VOICED), Suffix.of("тAгI", VOICELESS), Suffix.of("ндAгI", VOWEL).after(THIRD),
			// ablative
			Suffix.of("дAн", VOWEL_OR_VOICED), Suffix.of("тAн", VOICELESS), Suffix.of("нAн", VOWEL).after(THIRD),
			// genitive
			Suffix.of("нIн", VOWEL), Suffix.of("дIн", VOICED), Suffix.of("тIн", VOICELESS),
			// locative
			Suffix.of("дA", VOWEL_OR_VOICED), Suffix.of("тA", VOICELESS), Suffix.of("ндA", VOWEL).after(THIRD),
			// dative
			Suffix.of("гA", VOWEL_OR_VOICED), Suffix.of("кA", VOICELESS), Suffix.of("нA", VOWEL).after(THIRD),
			Suffix.of("A", CONSONANT).after(FIRST_OR_SECOND_SINGULAR).keeping(4),
			// accusative
			Suffix.of("нI", VOWEL), Suffix.of("дI", VOICED), Suffix.of("тI", VOICELESS),
			Suffix.of("н", VOWEL).after(THIRD).keeping(5));

	private static final List<Suffix> POSSESSIVES = longestFirst(
			new Suffix("IбIз", CONSONANT, 3, PLURAL_OR_POLITE), new Suffix("бIз", VOWEL, 3, PLURAL_OR_POLITE),
			new Suffix("IңAр", CONSONANT, 3, PLURAL_OR_POLITE), new Suffix("ңAр", VOWEL, 3, PLURAL_OR_POLITE),
			new Suffix("IңIз", CONSONANT, 3, PLURAL_OR_POLITE), new Suffix("ңIз", VOWEL, 3, PLURAL_OR_POLITE),
			new Suffix("сI", VOWEL, 3, THIRD), new Suffix("I", CONSONANT_BUT_CH, 3, THIRD),
			new Suffix("Iм", CONSONANT, 3, FIRST_OR_SECOND_SINGULAR), new Suffix("м", VOWEL, 3, FIRST_OR_SECOND_SINGULAR),
			new Suffix("Iң", CONSONANT, 3, FIRST_OR_SECOND_SINGULAR), new Suffix("ң", VOWEL, 3, FIRST_OR_SECOND_SINGULAR));

	private static final List<Suffix> PLURALS = longestFirst(
			Suffix.of("лAр", VOWEL_OR_J_R), Suffix.of("дAр", VOICED), Suffix.of("тAр", VOICELESS));

	/** The possessives taken off when nothing proves them; see the class comment for why -ым and -ың are not. */
	private static final Set<Suffix.Person> UNPROVEN = EnumSet.of(THIRD, PLURAL_OR_POLITE);

	private KyrgyzStemmer() {
	}

	/** The stem of a lower-case word; a word with no ending it knows comes back unchanged. */
	public static String stem(String word) {
		for (String name : PROTECTED) {
			if (word.startsWith(name)) {
				return name;
			}
		}
		String stem = withoutCase(word);
		stem = strip(stem, PLURALS);
		return unvoiced(stem);
	}

	private static String withoutCase(String word) {
		for (Suffix ending : CASES) {
			String rest = ending.strip(word);
			if (rest == null) {
				continue;
			}
			Suffix.Person required = ending.person();
			if (required == null) {
				return withoutPossessive(rest, UNPROVEN, rest);
			}
			String root = withoutPossessive(rest, EnumSet.of(required), null);
			if (root != null) {
				return root;
			}
		}
		return withoutPossessive(word, UNPROVEN, word);
	}

	private static @Nullable String withoutPossessive(String word, Set<Suffix.Person> persons, @Nullable String otherwise) {
		for (Suffix ending : POSSESSIVES) {
			if (persons.contains(ending.person())) {
				String rest = ending.strip(word);
				if (rest != null) {
					return rest;
				}
			}
		}
		return otherwise;
	}

	private static String strip(String word, List<Suffix> endings) {
		for (Suffix ending : endings) {
			String rest = ending.strip(word);
			if (rest != null) {
				return rest;
			}
		}
		return word;
	}

	private static String unvoiced(String stem) {
		if (stem.length() < Suffix.MIN_STEM) {
			return stem;
		}
		char last = stem.charAt(stem.length() - 1);
		return switch (last) {
			case 'б' -> stem.substring(0, stem.length() - 1) + 'п';
			case 'г' -> stem.substring(0, stem.length() - 1) + 'к';
			default -> stem;
		};
	}

	private static List<Suffix> longestFirst(Suffix... endings) {
		return Stream.of(endings).sorted(Comparator.comparingInt((Suffix s) -> s.pattern().length()).reversed()).toList();
	}
}
