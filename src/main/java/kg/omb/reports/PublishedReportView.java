package kg.omb.reports;

import java.time.Instant;

/** A published annual report as other modules see it: where it is read, its OMB, year and publication. */
public record PublishedReportView(long id, String path, long associationId, int year, Instant publishedAt) {
}
