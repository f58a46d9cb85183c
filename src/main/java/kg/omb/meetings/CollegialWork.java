package kg.omb.meetings;

/**
 * The meetings module's account of an OMB's year for its activity report and its performance (§20, §21): the work
 * plan's execution, the meetings held, the decisions taken and the events held.
 */
public interface CollegialWork {

	/** What the OMB did in the calendar year (Bishkek time); "overdue" is counted on the server's today. */
	WorkOfYear ofYear(long associationId, int year);

}
