package kg.omb.documents.docx;

/**
 * One numbered part read from a file: its level, its number as written ("3", "3.2", "II"; empty when the file gave
 * none) and its content as sanitized HTML (a heading's text, or the clause's paragraphs, lists and tables).
 */
public record OutlinePart(OutlineLevel level, String number, String html) {

	public boolean isHeading() {
		return level == OutlineLevel.CHAPTER || level == OutlineLevel.SECTION;
	}

}
