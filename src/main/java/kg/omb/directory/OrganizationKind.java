package kg.omb.directory;

/**
 * What an organisation is. The Republican Scientific-Methodological Centre (§19) is a kind of its own: it takes
 * part in the work on every document of secondary vocational education.
 */
public enum OrganizationKind {

	UNIVERSITY, COLLEGE, SCIENTIFIC_METHODOLOGICAL_CENTRE, PROFESSIONAL_ASSOCIATION, EMPLOYER, OTHER;

	/** Whether organisations of this kind teach (and so may be a base or leading organisation of an OMB). */
	public boolean teaches() {
		return this == UNIVERSITY || this == COLLEGE;
	}

}
