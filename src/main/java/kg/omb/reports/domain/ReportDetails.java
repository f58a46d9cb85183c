package kg.omb.reports.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import kg.omb.reports.ReportStatus;
import kg.omb.shared.LocalizedText;

/**
 * A report whole, for its pages and its PDF: {@code version} is its lock, the narrative parts as sanitized HTML,
 * and its figures — read now for a report not yet published, the ones it was published with otherwise.
 */
public record ReportDetails(long id, long version, long associationId, int year, ReportStatus status,
		LocalizedText introduction, LocalizedText conclusions, LocalizedText plans, @Nullable Instant approvedAt,
		@Nullable Instant publishedAt, ReportData data) {

	public String path() {
		return "/reports/" + id;
	}

	/** The year as written in a title, without a thousands separator. */
	public String yearText() {
		return String.valueOf(year);
	}

	public boolean editable() {
		return status == ReportStatus.DRAFT;
	}

}
