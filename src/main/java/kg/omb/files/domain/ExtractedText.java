package kg.omb.files.domain;

/** The text of a file for search, and how its extraction ended. */
record ExtractedText(Outcome outcome, String text) {

	static ExtractedText none(Outcome outcome) {
		return new ExtractedText(outcome, "");
	}

	enum Outcome {

		/** The whole text was extracted. */
		COMPLETE,
		/** The text was cut at the character limit. */
		TRUNCATED,
		/** The format carries no text Tika can read (an image). */
		NONE,
		/** The parser failed or took too long; the file is kept without text. */
		FAILED

	}

}
