package kg.omb.association;

import java.time.LocalDate;
import java.util.List;

/**
 * The working-group tasks a person completed, for a teaching-load statement (§24). Working groups and their
 * participants are public (§6); this checks no permission and leaves to the caller who may see whose statement.
 */
public interface WorkingGroupTasks {

	/**
	 * The tasks of the working groups in which the account takes part, completed from one day (inclusive) until
	 * another (exclusive), by day.
	 */
	List<CompletedTask> completedBy(long accountId, LocalDate from, LocalDate until);

}
