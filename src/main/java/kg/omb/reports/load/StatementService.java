package kg.omb.reports.load;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.association.AssociationView;
import kg.omb.association.Associations;
import kg.omb.association.MemberView;
import kg.omb.association.WorkingGroupTasks;
import kg.omb.documents.DocumentAuthorship;
import kg.omb.identity.AccountView;
import kg.omb.identity.Accounts;
import kg.omb.meetings.MeetingsAttended;
import kg.omb.review.ReviewsDone;
import kg.omb.shared.Actor;
import kg.omb.shared.Bishkek;
import kg.omb.shared.LocalizedText;
import kg.omb.shared.NotFoundException;
import kg.omb.shared.pdf.PdfDocuments;

/**
 * A member's teaching-load statement, read from the modules that hold the work through their APIs, each activity
 * credited with the norm for its kind that the authority over its OMB set for the academic year. The norms count,
 * for reviews too: the hours the review module fixes on each review are one figure for the whole platform, while
 * §24 leaves the crediting to each authorized body, and one statement must credit all of its kinds by the same
 * body's rule. An OMB with no authority (a special-status university's own) has no norms: its work is listed
 * without hours. Who sees what is {@link LoadAccess}'s rule.
 */
@Service
@Transactional(readOnly = true)
public class StatementService {

	static final String PDF_TEMPLATE = "reports/pdf/teaching-load";

	private final ReviewsDone reviews;

	private final MeetingsAttended meetings;

	private final DocumentAuthorship documents;

	private final WorkingGroupTasks tasks;

	private final Associations associations;

	private final Accounts accounts;

	private final LoadNormsRepository norms;

	private final LoadAccess access;

	private final PdfDocuments pdf;

	private final Clock clock;

	StatementService(ReviewsDone reviews, MeetingsAttended meetings, DocumentAuthorship documents,
			WorkingGroupTasks tasks, Associations associations, Accounts accounts, LoadNormsRepository norms,
			LoadAccess access, PdfDocuments pdf, Clock clock) {
		this.reviews = reviews;
		this.meetings = meetings;
		this.documents = documents;
		this.tasks = tasks;
		this.associations = associations;
		this.accounts = accounts;
		this.norms = norms;
		this.access = access;
		this.pdf = pdf;
		this.clock = clock;
	}

	/** The signed-in person's own statement. */
	public LoadStatement mine(int academicYear) {
		long me = Actor.currentAccountId().orElseThrow(() -> new AccessDeniedException("load.error.not-allowed"));
		return statement(me, academicYear);
	}

	/** The member's statement, as much of it as the person may see. */
	public LoadStatement statement(long accountId, int academicYear) {
		AcademicYear year = AcademicYear.checked(academicYear, clock);
		AccountView member = accounts.find(accountId).orElseThrow(() -> new NotFoundException("load.error.no-member"));
		Map<Long, Optional<AssociationView>> ombs = new HashMap<>();
		List<LoadAccess.Omb> memberships = associations.membershipsOf(accountId)
			.stream()
			.map(id -> new LoadAccess.Omb(id, authority(ombs, id)))
			.toList();
		LoadAccess.Viewer viewer = access.viewer(accountId, memberships);
		boolean insider = access.isSelf(accountId) || access.administers();
		List<LoadStatement.Line> lines = new ArrayList<>();
		Instant from = year.from();
		Instant until = year.until();
		reviews.doneBy(accountId, from, until).forEach(review -> lines.add(line(review.submittedAt(),
				ActivityKind.REVIEW, review.mode().hidesReviewers() && !insider
						&& !access.organises(review.associationId()) ? null : review.title(),
				null, review.associationId())));
		meetings.attendedBy(accountId, from, until).forEach(meeting -> lines.add(line(meeting.startsAt(),
				ActivityKind.MEETING, same(meeting.title()), null, meeting.associationId())));
		documents.draftedBy(accountId, from, until).forEach(document -> lines.add(line(document.draftedAt(),
				ActivityKind.DOCUMENT, document.title(), null, document.associationId())));
		tasks.completedBy(accountId, year.firstDay(), year.end()).forEach(task -> lines.add(new LoadStatement.Line(
				task.completedOn(), ActivityKind.WORKING_GROUP_TASK, task.groupName(), task.task(),
				task.associationId(), LocalizedText.of("", "", ""), null)));
		List<LoadStatement.Line> seen = lines.stream()
			.filter(line -> viewer.sees(line.associationId(), authority(ombs, line.associationId())))
			.toList();
		Map<Long, LoadNorms.Hours> normsByAuthority = normsOf(seen, ombs, year);
		List<LoadStatement.Line> credited = seen.stream()
			.map(line -> credited(line, name(ombs, line.associationId()),
					normsByAuthority.get(authority(ombs, line.associationId()))))
			.sorted(Comparator.comparing(LoadStatement.Line::on).thenComparing(LoadStatement.Line::kind))
			.toList();
		return new LoadStatement(accountId, member.displayName(), year, Bishkek.today(clock), credited,
				!viewer.all());
	}

	/** The statement as a PDF for the member's employer, in the language asked for. */
	public byte[] pdf(long accountId, int academicYear, Locale locale) {
		return render(statement(accountId, academicYear), locale);
	}

	/** The signed-in person's own statement as a PDF. */
	public byte[] myPdf(int academicYear, Locale locale) {
		return render(mine(academicYear), locale);
	}

	private byte[] render(LoadStatement statement, Locale locale) {
		return pdf.render(PDF_TEMPLATE, locale, Map.of("statement", statement, "dates", new LoadDates()));
	}

	/** The members of an OMB whose statements its chair, secretary or authority reads, by name. */
	public OmbMembers members(long associationId) {
		AssociationView omb = associations.find(associationId)
			.orElseThrow(() -> new NotFoundException("load.error.no-association"));
		LoadAccess.require(access.organises(associationId) || access.oversees(omb.authorityId()));
		return new OmbMembers(omb.id(), omb.name(), associations.members(associationId));
	}

	private Map<Long, LoadNorms.Hours> normsOf(List<LoadStatement.Line> lines, Map<Long, Optional<AssociationView>> ombs,
			AcademicYear year) {
		List<Long> authorities = lines.stream()
			.map(line -> authority(ombs, line.associationId()))
			.filter(Objects::nonNull)
			.distinct()
			.toList();
		if (authorities.isEmpty()) {
			return Map.of();
		}
		// latest year first: the first set of each body is the one valid in the year
		return norms.findByAuthorityIdInAndAcademicYearLessThanEqualOrderByAcademicYearDesc(authorities,
				year.startYear())
			.stream()
			.collect(Collectors.toMap(LoadNorms::getAuthorityId, LoadNorms::getHours, (latest, earlier) -> latest));
	}

	private static LoadStatement.Line credited(LoadStatement.Line line, LocalizedText associationName,
			LoadNorms.@Nullable Hours hours) {
		BigDecimal credit = hours == null ? null : hours.of(line.kind());
		return new LoadStatement.Line(line.on(), line.kind(), line.subject(), line.detail(), line.associationId(),
				associationName, credit);
	}

	private static LoadStatement.Line line(Instant at, ActivityKind kind, @Nullable LocalizedText subject,
			@Nullable String detail, long associationId) {
		return new LoadStatement.Line(day(at), kind, subject, detail, associationId, LocalizedText.of("", "", ""),
				null);
	}

	private static LocalDate day(Instant at) {
		return at.atZone(Bishkek.ZONE).toLocalDate();
	}

	/** A title written in one language (a meeting's), shown as it is in every language. */
	private static LocalizedText same(String text) {
		return LocalizedText.of(text, text, text);
	}

	private @Nullable Long authority(Map<Long, Optional<AssociationView>> ombs, long associationId) {
		return omb(ombs, associationId).map(AssociationView::authorityId).orElse(null);
	}

	private LocalizedText name(Map<Long, Optional<AssociationView>> ombs, long associationId) {
		return omb(ombs, associationId).map(AssociationView::name).orElseGet(() -> LocalizedText.of("—", "—", "—"));
	}

	private Optional<AssociationView> omb(Map<Long, Optional<AssociationView>> ombs, long associationId) {
		return ombs.computeIfAbsent(associationId, associations::find);
	}

	/** An OMB and its members now, for the page from which its chair opens their statements. */
	public record OmbMembers(long associationId, LocalizedText name, List<MemberView> members) {
	}

}
