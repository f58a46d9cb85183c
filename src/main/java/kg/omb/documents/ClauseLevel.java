package kg.omb.documents;

/** How deep a clause sits in the document's structure. */
public enum ClauseLevel {

	CHAPTER, SECTION, CLAUSE, SUB_CLAUSE

}
