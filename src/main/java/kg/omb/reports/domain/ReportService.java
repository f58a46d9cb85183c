package kg.omb.reports.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.association.AssociationStatus;
import kg.omb.association.AssociationView;
import kg.omb.association.Associations;
import kg.omb.audit.AuditLog;
import kg.omb.reports.ReportPublished;
import kg.omb.reports.ReportStatus;
import kg.omb.shared.Actor;
import kg.omb.shared.Bishkek;
import kg.omb.shared.DomainException;
import kg.omb.shared.LocalizedText;
import kg.omb.shared.NotFoundException;
import kg.omb.shared.pdf.PdfDocuments;

/**
 * The annual reports from their opening to their publication: each change checked against {@link ReportAccess},
 * refused when the page was stale, audited; publication keeps the figures of that day, puts the report in the
 * portal's search and tells the other modules.
 */
@Service
@Transactional(readOnly = true)
public class ReportService {

	static final String TARGET = "annual-report";

	static final String PDF_TEMPLATE = "reports/pdf/report";

	private final AnnualReports reports;

	private final ReportCompiler compiler;

	private final ReportAccess access;

	private final Associations associations;

	private final ReportSearchEntries search;

	private final PdfDocuments pdf;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReportService(AnnualReports reports, ReportCompiler compiler, ReportAccess access, Associations associations,
			ReportSearchEntries search, PdfDocuments pdf, AuditLog audit, ApplicationEventPublisher events,
			Clock clock) {
		this.reports = reports;
		this.compiler = compiler;
		this.access = access;
		this.associations = associations;
		this.search = search;
		this.pdf = pdf;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** The reports of the OMBs the person chairs or is secretary of (of every OMB for an administrator). */
	public List<ReportLine> workspace() {
		List<AnnualReport> found = access.administers() ? reports.findAllByOrderByYearDescIdDesc()
				: reports.findByAssociationIdInOrderByYearDescIdDesc(access.ownAssociations());
		return found.stream()
			.map(r -> new ReportLine(r.id(), r.getAssociationId(), name(r.getAssociationId()), r.getYear(),
					r.getStatus()))
			.toList();
	}

	/** The OMBs for which the person may open a report: those they chair (every active one for an administrator). */
	public List<AssociationView> openable() {
		if (access.administers()) {
			return associations.all().stream().filter(a -> a.status() == AssociationStatus.ACTIVE).toList();
		}
		return access.chairedAssociations().stream().map(associations::find).flatMap(java.util.Optional::stream)
			.toList();
	}

	/** The OMB's report of the year, opened as a draft when there is none yet; by the chair; not for a future year. */
	@Transactional
	public long open(long associationId, int year) {
		ReportAccess.require(access.chairs(associationId));
		associations.find(associationId).orElseThrow(() -> new NotFoundException("reports.error.no-association"));
		int thisYear = Bishkek.today(clock).getYear();
		if (year > thisYear) {
			throw new DomainException("reports.error.future-year", String.valueOf(thisYear));
		}
		return reports.findByAssociationIdAndYear(associationId, year).map(AnnualReport::id).orElseGet(() -> {
			AnnualReport report = reports.save(new AnnualReport(associationId, year));
			audit.record("report.opened", TARGET, report.id(), Map.of("association", associationId, "year", year));
			return report.id();
		});
	}

	/** The report for its workspace page; for those who may read it before publication. */
	public ReportDetails forReading(long id) {
		AnnualReport report = report(id);
		ReportAccess.require(access.reads(report.getAssociationId(), authority(report.getAssociationId())));
		return details(report);
	}

	/** Whether the person may write, approve and publish this report. */
	public boolean chairs(long id) {
		return access.chairs(report(id).getAssociationId());
	}

	@Transactional
	public void editNarrative(long id, long version, LocalizedText introduction, LocalizedText conclusions,
			LocalizedText plans) {
		AnnualReport report = current(id, version);
		report.editNarrative(introduction, conclusions, plans);
		audit.record("report.edited", TARGET, id, Map.of());
	}

	@Transactional
	public void approve(long id, long version) {
		AnnualReport report = current(id, version);
		report.approve(Actor.current().accountId(), now());
		audit.record("report.approved", TARGET, id, Map.of());
	}

	@Transactional
	public void reopen(long id, long version) {
		AnnualReport report = current(id, version);
		report.reopen();
		audit.record("report.reopened", TARGET, id, Map.of());
	}

	@Transactional
	public void publish(long id, long version) {
		AnnualReport report = current(id, version);
		ReportData data = compiler.compile(report.getAssociationId(), report.getYear());
		report.publish(ReportFigures.write(data), now());
		reports.saveAndFlush(report);
		audit.record("report.published", TARGET, id, Map.of("year", report.getYear()));
		search.refresh(report);
		events.publishEvent(new ReportPublished(id, report.getAssociationId(), report.getYear(),
				Objects.requireNonNull(report.getPublishedAt())));
	}

	/** A published report for anyone; any other is not found. */
	public ReportDetails published(long id) {
		return details(reports.findById(id).filter(AnnualReport::isPublished)
			.orElseThrow(() -> new NotFoundException("reports.error.not-found")));
	}

	/** The published report as a PDF in the reader's language. */
	public byte[] publishedPdf(long id, Locale locale) {
		return pdf(published(id), locale);
	}

	/** The report as it stands, as a PDF, for those who may read it before publication. */
	public byte[] draftPdf(long id, Locale locale) {
		return pdf(forReading(id), locale);
	}

	private byte[] pdf(ReportDetails report, Locale locale) {
		return pdf.render(PDF_TEMPLATE, locale, Map.of("report", report, "text", new NarrativeText(locale)));
	}

	ReportDetails details(AnnualReport report) {
		String figures = report.getFigures();
		ReportData data = figures != null ? ReportFigures.read(figures)
				: compiler.compile(report.getAssociationId(), report.getYear());
		return new ReportDetails(report.id(), report.getVersion(), report.getAssociationId(), report.getYear(),
				report.getStatus(), report.getIntroduction(), report.getConclusions(), report.getPlans(),
				report.getApprovedAt(), report.getPublishedAt(), data);
	}

	private AnnualReport current(long id, long version) {
		AnnualReport report = report(id);
		ReportAccess.require(access.chairs(report.getAssociationId()));
		if (report.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(AnnualReport.class, id);
		}
		return report;
	}

	private AnnualReport report(long id) {
		return reports.findById(id).orElseThrow(() -> new NotFoundException("reports.error.not-found"));
	}

	private @Nullable Long authority(long associationId) {
		return associations.find(associationId).map(AssociationView::authorityId).orElse(null);
	}

	private LocalizedText name(long associationId) {
		return associations.find(associationId).map(AssociationView::name)
			.orElseGet(() -> new LocalizedText(null, null, null));
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	/** A report as a line of the workspace's list. */
	public record ReportLine(long id, long associationId, LocalizedText associationName, int year,
			ReportStatus status) {
	}

}
