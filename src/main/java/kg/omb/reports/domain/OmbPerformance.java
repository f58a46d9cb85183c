package kg.omb.reports.domain;

import org.jspecify.annotations.Nullable;

import kg.omb.reports.ReportStatus;
import kg.omb.shared.LocalizedText;

/**
 * How an OMB did in a year, in the figures the authority and the council weigh (§20): plan completion (none
 * without a plan), overdue plan items and reviews, meetings held, decisions, discussions run, reviews decided,
 * events held, members who joined and left, and where its annual report stands (none: not opened).
 */
public record OmbPerformance(long associationId, LocalizedText name, int planItems, long planItemsDone,
		long planItemsOverdue, @Nullable Integer planCompletion, int meetingsHeld, int decisions, long discussionsRun,
		int reviewsDecided, int reviewsOverdue, int eventsHeld, long joined, long left,
		@Nullable ReportStatus reportStatus, @Nullable Long reportId) {

	static OmbPerformance of(ReportData data, @Nullable AnnualReport report) {
		return new OmbPerformance(data.associationId(), data.associationName(), data.work().planItems().size(),
				data.work().planItemsDone(), data.work().planItemsOverdue(), data.work().planCompletion(),
				data.work().meetings().size(), data.work().decisions().size(), data.discussionsRun(),
				data.reviews().decided().size(), data.reviews().overdue(), data.work().events().size(), data.joined(),
				data.left(), report == null ? null : report.getStatus(), report == null ? null : report.id());
	}

}
