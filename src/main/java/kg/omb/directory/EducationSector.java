package kg.omb.directory;

/** The two sectors of professional education the regulation covers; an organisation teaches in one or both. */
public enum EducationSector {

	HIGHER, SECONDARY_VOCATIONAL

}
