package kg.omb.search.analysis;

/**
 * The few facts about Kyrgyz sounds that decide the shape of a suffix: the vowel of a suffix follows the last vowel
 * of the stem (backness and rounding), and its first consonant follows the last sound (vowel, voiced, voiceless).
 * Russian loan letters (я, ё, ю, э, ф, ц, щ, х) are placed where Kyrgyz spelling puts them.
 */
final class KyrgyzSounds {

	private static final String VOWELS = "аеёиоуүөыэюя";
	private static final String VOICELESS = "пфктсшщчцх";

	private KyrgyzSounds() {
	}

	static boolean isVowel(char c) {
		return VOWELS.indexOf(c) >= 0;
	}

	static boolean isVoiceless(char c) {
		return VOICELESS.indexOf(c) >= 0;
	}

	/** Voiced consonants, with the soft and hard signs of loanwords (роль, ролдор) counted among them. */
	static boolean isVoiced(char c) {
		return "бвгджзйлмнңрьъ".indexOf(c) >= 0;
	}

	/** The last vowel before {@code end}, or 0 when the stem has none (a number, an abbreviation). */
	static char lastVowel(CharSequence word, int end) {
		for (int i = end - 1; i >= 0; i--) {
			if (isVowel(word.charAt(i))) {
				return word.charAt(i);
			}
		}
		return 0;
	}

	/** The open vowel of a suffix (-лар/-лер/-лор/-лөр) after a given vowel; back у does not round it (кулдар). */
	static char lowAfter(char vowel) {
		return switch (vowel) {
			case 'о', 'ё' -> 'о';
			case 'е', 'и', 'э' -> 'е';
			case 'ө', 'ү' -> 'ө';
			default -> 'а';
		};
	}

	/** The close vowel of a suffix (-ын/-ин/-ун/-үн) after a given vowel. */
	static char highAfter(char vowel) {
		return switch (vowel) {
			case 'о', 'у', 'ё', 'ю' -> 'у';
			case 'е', 'и', 'э' -> 'и';
			case 'ө', 'ү' -> 'ү';
			default -> 'ы';
		};
	}
}
