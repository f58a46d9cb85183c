package kg.omb.reports;

import java.util.List;

/** The reports module's API for other modules: the published annual reports of an OMB. */
public interface ActivityReports {

	/** The OMB's published annual reports, latest year first. */
	List<PublishedReportView> published(long associationId);

}
