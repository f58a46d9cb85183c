package kg.omb.reports;

import java.time.Instant;

/** The chair published the OMB's annual activity report for a year on the portal. */
public record ReportPublished(long reportId, long associationId, int year, Instant publishedAt) {
}
