package kg.omb.meetings.domain;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.audit.AuditLog;
import kg.omb.identity.AccountView;
import kg.omb.identity.Accounts;
import kg.omb.identity.CurrentAccess;
import kg.omb.identity.Role;
import kg.omb.identity.Scope;
import kg.omb.identity.ScopeType;
import kg.omb.shared.Actor;
import kg.omb.shared.DomainException;
import kg.omb.shared.NotFoundException;
import kg.omb.shared.pdf.PdfDocuments;

/**
 * The minutes of a closed meeting (§23) as a PDF generated from its agenda, attendance, votes and decisions:
 * signed off by the OMB's secretary (for a section's meeting, also its head), then by the chair, then published,
 * when anyone may read them.
 */
@Service
@Transactional
public class MinutesService {

	static final String TEMPLATE = "meetings/pdf/minutes";

	private final MinutesRepository minutes;

	private final MeetingRepository meetings;

	private final MeetingQueries queries;

	private final CurrentAccess access;

	private final Accounts accounts;

	private final PdfDocuments pdf;

	private final AuditLog audit;

	private final Clock clock;

	MinutesService(MinutesRepository minutes, MeetingRepository meetings, MeetingQueries queries,
			CurrentAccess access, Accounts accounts, PdfDocuments pdf, AuditLog audit, Clock clock) {
		this.minutes = minutes;
		this.meetings = meetings;
		this.queries = queries;
		this.access = access;
		this.accounts = accounts;
		this.pdf = pdf;
		this.audit = audit;
		this.clock = clock;
	}

	/** The secretary signs off first, then the chair; each signs in their own role. */
	public void sign(long meetingId) {
		Meeting meeting = closedMeeting(meetingId);
		long accountId = Actor.currentAccountId().orElseThrow(() -> new DomainException("meetings.error.not-allowed"));
		Minutes record = minutes.findByMeetingId(meetingId).orElseGet(() -> new Minutes(meeting));
		if (record.getSecretarySignedAt() == null && keepsMinutes(meeting)) {
			record.signBySecretary(accountId, clock.instant());
			audit.record("meeting.minutes.signed-by-secretary", MeetingService.TARGET, meetingId);
		}
		else if (holds(Role.OMB_CHAIR, ScopeType.ASSOCIATION, meeting.getAssociationId())) {
			record.signByChair(accountId, clock.instant());
			audit.record("meeting.minutes.signed-by-chair", MeetingService.TARGET, meetingId);
		}
		else if (keepsMinutes(meeting)) {
			throw new DomainException("meetings.error.minutes.signed-by-secretary");
		}
		else {
			throw new org.springframework.security.access.AccessDeniedException("meetings.error.not-allowed");
		}
		minutes.save(record);
	}

	public void publish(long meetingId) {
		Meeting meeting = closedMeeting(meetingId);
		if (!keepsMinutes(meeting) && !holds(Role.OMB_CHAIR, ScopeType.ASSOCIATION, meeting.getAssociationId())) {
			throw new org.springframework.security.access.AccessDeniedException("meetings.error.not-allowed");
		}
		Minutes record = minutes.findByMeetingId(meetingId)
			.orElseThrow(() -> new DomainException("meetings.error.minutes.not-signed"));
		record.publish(clock.instant());
		audit.record("meeting.minutes.published", MeetingService.TARGET, meetingId);
	}

	@Transactional(readOnly = true)
	public MinutesView view(long meetingId) {
		return minutes.findByMeetingId(meetingId).map(this::view).orElse(MinutesView.NONE);
	}

	/** The minutes as the meeting's organisers and members see them, signed or not. */
	@Transactional(readOnly = true)
	public byte[] draftPdf(long meetingId, Locale locale) {
		return render(queries.detail(meetingId), view(meetingId), locale);
	}

	/** Published minutes, for anyone; unpublished ones do not exist for the public. */
	@Transactional(readOnly = true)
	public byte[] publishedPdf(long meetingId, Locale locale) {
		Minutes record = minutes.findByMeetingId(meetingId)
			.filter(Minutes::isPublished)
			.orElseThrow(() -> new NotFoundException("meetings.error.no-minutes"));
		return render(queries.publicDetail(record.getMeetingId()), view(record), locale);
	}

	private byte[] render(MeetingDetail meeting, MinutesView signatures, Locale locale) {
		return pdf.render(TEMPLATE, locale, Map.of("meeting", meeting, "minutes", signatures, "dates", new MinutesDates()));
	}

	private MinutesView view(Minutes record) {
		return new MinutesView(name(record.getSecretaryAccountId()), record.getSecretarySignedAt(),
				name(record.getChairAccountId()), record.getChairSignedAt(), record.getPublishedAt());
	}

	private @Nullable String name(@Nullable Long accountId) {
		return accountId == null ? null : accounts.find(accountId).map(AccountView::displayName).orElse(null);
	}

	private Meeting closedMeeting(long meetingId) {
		Meeting meeting = meetings.findById(meetingId)
			.orElseThrow(() -> new NotFoundException("meetings.error.no-meeting"));
		if (meeting.getStatus() != MeetingStatus.CLOSED) {
			throw new DomainException("meetings.error.status.closed");
		}
		return meeting;
	}

	private boolean keepsMinutes(Meeting meeting) {
		return holds(Role.OMB_SECRETARY, ScopeType.ASSOCIATION, meeting.getAssociationId())
				|| meeting.getSectionId() != null && holds(Role.SECTION_HEAD, ScopeType.SECTION, meeting.getSectionId());
	}

	private boolean holds(Role role, ScopeType type, long id) {
		Scope scope = Scope.of(type, id);
		return access.holds(role, scope) || access.holds(Role.ADMIN, scope);
	}

}
