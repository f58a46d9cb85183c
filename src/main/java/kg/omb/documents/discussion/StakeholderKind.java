package kg.omb.documents.discussion;

/** Who speaks in a discussion, as the commenter says of themselves; the figures of a discussion count by it. */
public enum StakeholderKind {

	CITIZEN, STUDENT, TEACHER, EMPLOYER, ORGANIZATION

}
