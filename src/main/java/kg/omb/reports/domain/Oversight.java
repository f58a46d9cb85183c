package kg.omb.reports.domain;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.association.AssociationStatus;
import kg.omb.association.AssociationView;
import kg.omb.association.Associations;
import kg.omb.shared.Bishkek;
import kg.omb.shared.DomainException;
import kg.omb.shared.NotFoundException;

/**
 * For the authorized bodies and the consultative council: the consolidated report of a year across the OMBs the
 * person oversees (the active ones), and one OMB's performance with what is overdue.
 */
@Service
@Transactional(readOnly = true)
public class Oversight {

	private final Associations associations;

	private final ReportCompiler compiler;

	private final AnnualReports reports;

	private final ReportAccess access;

	private final Clock clock;

	Oversight(Associations associations, ReportCompiler compiler, AnnualReports reports, ReportAccess access,
			Clock clock) {
		this.associations = associations;
		this.compiler = compiler;
		this.reports = reports;
		this.access = access;
		this.clock = clock;
	}

	/** Whether the person oversees any OMB (for the workspace's links). */
	public boolean available() {
		return access.overseesAny();
	}

	public Consolidated consolidated(int year) {
		ReportAccess.require(access.overseesAny());
		checkYear(year);
		Map<Long, AnnualReport> ofYear = reports.findByYear(year)
			.stream()
			.collect(Collectors.toMap(AnnualReport::getAssociationId, Function.identity()));
		List<OmbPerformance> rows = associations.all()
			.stream()
			.filter(omb -> omb.status() == AssociationStatus.ACTIVE && access.oversees(omb.authorityId()))
			.map(omb -> OmbPerformance.of(compiler.compile(omb.id(), year), ofYear.get(omb.id())))
			.toList();
		return new Consolidated(year, rows);
	}

	public Performance performance(long associationId, int year) {
		AssociationView omb = associations.find(associationId)
			.orElseThrow(() -> new NotFoundException("reports.error.no-association"));
		ReportAccess.require(access.oversees(omb.authorityId()));
		checkYear(year);
		ReportData data = compiler.compile(associationId, year);
		AnnualReport report = reports.findByAssociationIdAndYear(associationId, year).orElse(null);
		return new Performance(OmbPerformance.of(data, report), data);
	}

	private void checkYear(int year) {
		int thisYear = Bishkek.today(clock).getYear();
		if (year < 2000 || year > thisYear) {
			throw new DomainException("reports.error.future-year", String.valueOf(thisYear));
		}
	}

	/** The OMBs' figures of a year, one row each, with the totals. */
	public record Consolidated(int year, List<OmbPerformance> rows) {

		public long total(Function<OmbPerformance, Number> figure) {
			return rows.stream().mapToLong(row -> figure.apply(row).longValue()).sum();
		}

		public long meetingsHeld() {
			return total(OmbPerformance::meetingsHeld);
		}

		public long decisions() {
			return total(OmbPerformance::decisions);
		}

		public long discussionsRun() {
			return total(OmbPerformance::discussionsRun);
		}

		public long reviewsDecided() {
			return total(OmbPerformance::reviewsDecided);
		}

		public long reviewsOverdue() {
			return total(OmbPerformance::reviewsOverdue);
		}

		public long planItemsOverdue() {
			return total(OmbPerformance::planItemsOverdue);
		}

		public long eventsHeld() {
			return total(OmbPerformance::eventsHeld);
		}

		/** Plan items done of all plan items across the OMBs, in whole percent; none without items. */
		public @Nullable Integer planCompletion() {
			long items = total(OmbPerformance::planItems);
			return items == 0 ? null : (int) (total(OmbPerformance::planItemsDone) * 100 / items);
		}

	}

	/** One OMB's figures and the data behind them. */
	public record Performance(OmbPerformance figures, ReportData data) {
	}

}
