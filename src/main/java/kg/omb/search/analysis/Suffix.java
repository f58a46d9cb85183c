package kg.omb.search.analysis;

import java.util.function.IntPredicate;

import org.jspecify.annotations.Nullable;

/**
 * One ending written once for all its vowel-harmony variants: {@code A} stands for the open vowel (а/е/о/ө),
 * {@code I} for the close one (ы/и/у/ү). An ending is only taken off when the vowels it holds are the ones the
 * stem calls for and its first sound fits the end of the stem: that is what keeps "машина" whole although it ends
 * in what could be the dative -на, and "кара" whole although it ends in -а.
 *
 * @param pattern the ending with {@code A}/{@code I} in place of its harmonic vowels
 * @param joint what the stem must end in for this variant of the ending
 * @param minStem the fewest letters the stem may keep
 * @param person for a possessive, the person it marks; for a case ending, the possessive it must follow, if any
 */
record Suffix(String pattern, Joint joint, int minStem, @Nullable Person person) {

	static final int MIN_STEM = 3;

	static Suffix of(String pattern, Joint joint) {
		return new Suffix(pattern, joint, MIN_STEM, null);
	}

	Suffix after(Person possessive) {
		return new Suffix(pattern, joint, minStem, possessive);
	}

	Suffix keeping(int letters) {
		return new Suffix(pattern, joint, letters, person);
	}

	/** The word without this ending, or null when the word does not end in a form of it that fits the stem. */
	@Nullable String strip(String word) {
		int stemLength = word.length() - pattern.length();
		if (stemLength < minStem || !joint.test(word.charAt(stemLength - 1))) {
			return null;
		}
		char previous = KyrgyzSounds.lastVowel(word, stemLength);
		if (previous == 0) {
			return null;
		}
		for (int i = 0; i < pattern.length(); i++) {
			char expected = pattern.charAt(i);
			char actual = word.charAt(stemLength + i);
			if (expected == 'A' || expected == 'I') {
				char harmonic = expected == 'A' ? KyrgyzSounds.lowAfter(previous) : KyrgyzSounds.highAfter(previous);
				if (actual != harmonic) {
					return null;
				}
				previous = actual;
			} else if (actual != expected) {
				return null;
			}
		}
		return word.substring(0, stemLength);
	}

	/** The persons of the possessive endings, as far as the choice of the following case ending depends on them. */
	enum Person {
		/** -ы/-сы: takes the case endings with н (-нын, -на, -нда, -нан, -н). */
		THIRD,
		/** -ым/-м, -ың/-ң: takes the dative -а/-е/-о/-ө. */
		FIRST_OR_SECOND_SINGULAR,
		/** -ыбыз, -ыңар, -ыңыз: take the ordinary case endings. */
		PLURAL_OR_POLITE
	}

	/** The sound a stem ends in, which decides the first consonant of an ending (-лар after a vowel, -тар after т). */
	enum Joint implements IntPredicate {
		VOWEL(c -> KyrgyzSounds.isVowel((char) c)),
		CONSONANT(c -> !KyrgyzSounds.isVowel((char) c)),
		/** Agent nouns in -чы (катчы, окуучу, жетекчи) would otherwise lose their -ы as if it were a possessive. */
		CONSONANT_BUT_CH(c -> !KyrgyzSounds.isVowel((char) c) && c != 'ч'),
		VOICED(c -> KyrgyzSounds.isVoiced((char) c)),
		VOICELESS(c -> KyrgyzSounds.isVoiceless((char) c)),
		VOWEL_OR_VOICED(c -> KyrgyzSounds.isVowel((char) c) || KyrgyzSounds.isVoiced((char) c)),
		/** The plural keeps its л after vowels and after й and р (үйлөр, жерлер). */
		VOWEL_OR_J_R(c -> KyrgyzSounds.isVowel((char) c) || c == 'й' || c == 'р');

		private final IntPredicate test;

		Joint(IntPredicate test) {
			this.test = test;
		}

		@Override
		public boolean test(int c) {
			return test.test(c);
		}
	}
}
