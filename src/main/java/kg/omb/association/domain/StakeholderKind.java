package kg.omb.association.domain;

/**
 * Who a member stands for (§2): academic and teaching staff, employers' representatives, or other stakeholders.
 * Every association should count employers among its members.
 */
public enum StakeholderKind {

	ACADEMIC_STAFF, EMPLOYER_REPRESENTATIVE, OTHER_STAKEHOLDER

}
