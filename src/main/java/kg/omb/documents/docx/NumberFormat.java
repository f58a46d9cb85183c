package kg.omb.documents.docx;

import org.jspecify.annotations.Nullable;

/**
 * Word's number text for a list level ("%1.", "%1.%2.", "%1)") filled in with the current counters, as a part
 * number: "3", "3.2". Decoration around the number (trailing dots and brackets) is not part of it.
 */
final class NumberFormat {

	private NumberFormat() {
	}

	static String format(@Nullable String levelText, int[] counters, int depth) {
		String pattern = levelText == null || levelText.isBlank() ? defaultPattern(depth) : levelText;
		StringBuilder number = new StringBuilder();
		for (int i = 0; i < pattern.length(); i++) {
			char c = pattern.charAt(i);
			if (c == '%' && i + 1 < pattern.length() && Character.isDigit(pattern.charAt(i + 1))) {
				int level = pattern.charAt(i + 1) - '1';
				number.append(level >= 0 && level < counters.length ? Math.max(counters[level], 1) : 1);
				i++;
			}
			else {
				number.append(c);
			}
		}
		return number.toString().replaceAll("^[\\s(]+|[\\s.)]+$", "");
	}

	private static String defaultPattern(int depth) {
		StringBuilder pattern = new StringBuilder();
		for (int level = 1; level <= depth + 1; level++) {
			pattern.append(level > 1 ? "." : "").append('%').append(level);
		}
		return pattern.toString();
	}

}
