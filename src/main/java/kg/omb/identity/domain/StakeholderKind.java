package kg.omb.identity.domain;

/** Who a self-registered participant is (they take part in public discussions as such). */
public enum StakeholderKind {

	CITIZEN, EMPLOYER, TEACHER, STUDENT, OTHER

}
