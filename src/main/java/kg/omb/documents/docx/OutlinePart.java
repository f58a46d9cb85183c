package kg.omb.documents.docx;

import kg.omb.documents.ClauseLevel;

/**
 * One numbered part read from a file: its level, its number as written ("3", "3.2", "II"; empty when the file gave
 * none) and its content as sanitized HTML (a heading's text, or the clause's paragraphs, lists and tables).
 */
public record OutlinePart(ClauseLevel level, String number, String html) {

	public boolean isHeading() {
		return level == ClauseLevel.CHAPTER || level == ClauseLevel.SECTION;
	}

}
