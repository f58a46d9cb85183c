package kg.omb.meetings;

import java.util.List;

/** The meetings module's API for other modules: the OMBs' published decisions (§7, §10.7). */
public interface Decisions {

	/** The {@code count} decisions taken last, newest first, for the portal's home page and feeds. */
	List<DecisionSummary> latest(int count);

}
