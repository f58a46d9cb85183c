package kg.omb.directory.transfer;

/** What a file imports: education organisations, or the classifier (groups, directions and specialties). */
public enum ImportKind {

	ORGANIZATIONS, CLASSIFIER

}
