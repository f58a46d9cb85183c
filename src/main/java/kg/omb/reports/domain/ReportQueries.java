package kg.omb.reports.domain;

import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.reports.ActivityReports;
import kg.omb.reports.PublishedReportView;
import kg.omb.reports.ReportStatus;

/** The published reports for other modules. */
@Service
@Transactional(readOnly = true)
class ReportQueries implements ActivityReports {

	private final AnnualReports reports;

	ReportQueries(AnnualReports reports) {
		this.reports = reports;
	}

	@Override
	public List<PublishedReportView> published(long associationId) {
		return reports.findByAssociationIdAndStatusOrderByYearDesc(associationId, ReportStatus.PUBLISHED)
			.stream()
			.map(r -> new PublishedReportView(r.id(), "/reports/" + r.id(), associationId, r.getYear(),
					Objects.requireNonNull(r.getPublishedAt())))
			.toList();
	}

}
