package kg.omb.reports.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.association.AssociationView;
import kg.omb.association.Associations;
import kg.omb.documents.DocumentView;
import kg.omb.documents.Documents;
import kg.omb.meetings.CollegialWork;
import kg.omb.review.AssociationReview;
import kg.omb.review.ReviewRequests;
import kg.omb.shared.Bishkek;
import kg.omb.shared.NotFoundException;

/**
 * Reads an OMB's year from the modules that hold it, through their APIs: a document counts as worked on in the
 * year when its timeline has a step in that year (its creation included).
 */
@Component
class ReportCompiler {

	private static final ZoneId ZONE = Bishkek.ZONE;

	private final Associations associations;

	private final CollegialWork work;

	private final Documents documents;

	private final ReviewRequests reviews;

	private final Clock clock;

	ReportCompiler(Associations associations, CollegialWork work, Documents documents, ReviewRequests reviews,
			Clock clock) {
		this.associations = associations;
		this.work = work;
		this.documents = documents;
		this.reviews = reviews;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	ReportData compile(long associationId, int year) {
		AssociationView omb = associations.find(associationId)
			.orElseThrow(() -> new NotFoundException("reports.error.no-association"));
		LocalDate today = Bishkek.today(clock);
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate until = from.plusYears(1);
		List<ReportData.DocumentLine> documentLines = documents.ofAssociation(associationId)
			.stream()
			.filter(document -> documents.timeline(document.id())
				.stream()
				.anyMatch(step -> inYear(step.at(), year)))
			.map(document -> new ReportData.DocumentLine(document.id(), document.title(), document.kind(),
					document.status(), discussedIn(document, year)))
			.toList();
		List<AssociationReview> all = reviews.ofAssociation(associationId);
		int requested = (int) all.stream().filter(r -> r.requestedOn().getYear() == year).count();
		List<ReportData.ReviewLine> decided = all.stream()
			.filter(r -> r.decidedAt() != null && inYear(r.decidedAt(), year))
			.map(r -> new ReportData.ReviewLine(r.id(), r.title(), r.decision(),
					Objects.requireNonNull(r.decidedAt()).atZone(ZONE).toLocalDate()))
			.sorted(java.util.Comparator.comparing(ReportData.ReviewLine::decidedOn)
				.thenComparing(ReportData.ReviewLine::id))
			.toList();
		int overdue = (int) all.stream().filter(r -> r.isOverdue(today)).count();
		return new ReportData(associationId, omb.name(), year, today, work.ofYear(associationId, year),
				documentLines, new ReportData.Reviews(requested, decided, overdue),
				associations.membershipChanges(associationId, from, until), associations.members(associationId).size());
	}

	private static boolean discussedIn(DocumentView document, int year) {
		return document.discussionOpenedOn() != null && document.discussionOpenedOn().getYear() == year;
	}

	private static boolean inYear(Instant at, int year) {
		return at.atZone(ZONE).getYear() == year;
	}

}
