package kg.omb.documents.docx;

/** Where a part sits in a document's outline: the depth at which it is numbered. */
public enum OutlineLevel {

	CHAPTER, SECTION, CLAUSE, SUBCLAUSE;

	/** The level of a number such as "3" (clause), "3.2" (sub-clause) or "3.2.1" (deeper, still sub-clause). */
	static OutlineLevel ofClauseNumber(String number) {
		return number.indexOf('.') < 0 ? CLAUSE : SUBCLAUSE;
	}

	static OutlineLevel ofHeading(int headingLevel) {
		return headingLevel <= 1 ? CHAPTER : SECTION;
	}

}
