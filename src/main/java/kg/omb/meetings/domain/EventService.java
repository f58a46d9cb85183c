package kg.omb.meetings.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.association.AssociationStatus;
import kg.omb.association.AssociationView;
import kg.omb.association.Associations;
import kg.omb.audit.AuditLog;
import kg.omb.identity.AccountView;
import kg.omb.identity.Accounts;
import kg.omb.notifications.Notice;
import kg.omb.notifications.Notifications;
import kg.omb.shared.Actor;
import kg.omb.shared.DomainException;
import kg.omb.shared.LocalizedText;
import kg.omb.shared.NotFoundException;
import kg.omb.shared.pdf.PdfDocuments;

/**
 * Seminars and public events of the OMBs (§11.5): the secretary or chair announces one; anyone signed in registers
 * or joins the waiting list, and may cancel; a place given back goes to the first who waits, who is told; the
 * organiser records attendance; who attended downloads a certificate of participation.
 */
@Service
@Transactional
public class EventService {

	static final String TARGET = "omb-event";

	private final OmbEventRepository events;

	private final MeetingAccess access;

	private final Associations associations;

	private final Accounts accounts;

	private final Notifications notifications;

	private final PdfDocuments pdf;

	private final AuditLog audit;

	private final Clock clock;

	EventService(OmbEventRepository events, MeetingAccess access, Associations associations, Accounts accounts,
			Notifications notifications, PdfDocuments pdf, AuditLog audit, Clock clock) {
		this.events = events;
		this.access = access;
		this.associations = associations;
		this.accounts = accounts;
		this.notifications = notifications;
		this.pdf = pdf;
		this.audit = audit;
		this.clock = clock;
	}

	public long announce(long associationId, String title, @Nullable String description, Instant startsAt,
			@Nullable String place, @Nullable String link, int capacity) {
		require(access.organises(associationId, null));
		associations.find(associationId)
			.filter(a -> a.status() == AssociationStatus.ACTIVE)
			.orElseThrow(() -> new DomainException("meetings.error.association-closed"));
		OmbEvent event = events.save(new OmbEvent(associationId, title, description, startsAt, place, link, capacity,
				clock.instant()));
		audit.record("event.announced", TARGET, event.id(), Map.of("association", associationId, "capacity", capacity));
		return event.id();
	}

	public Registration.Status register(long eventId) {
		long accountId = me();
		OmbEvent event = events.findWithLockById(eventId).orElseThrow(EventService::notFound);
		String name = accounts.find(accountId).map(AccountView::displayName).orElse(Actor.current().name());
		Registration registration = event.register(accountId, name, clock.instant());
		audit.record("event.registered", TARGET, event.id(), Map.of("status", registration.getStatus().name()));
		return registration.getStatus();
	}

	public void cancel(long eventId) {
		long accountId = me();
		OmbEvent event = events.findWithLockById(eventId).orElseThrow(EventService::notFound);
		event.cancel(accountId, clock.instant()).ifPresent(promoted -> notifications.notify(promoted.getAccountId(),
				Notice.of("meetings", "meetings.notice.event-place.title", "meetings.notice.event-place.body",
						event.getTitle(), event.getStartsAt()).withLink("/events/" + event.id())));
		audit.record("event.registration.cancelled", TARGET, event.id());
	}

	public void markAttended(long eventId, long registrationId, boolean attended) {
		OmbEvent event = events.findById(eventId).orElseThrow(EventService::notFound);
		require(access.organises(event.getAssociationId(), null));
		event.markAttended(registrationId, attended, clock.instant());
		audit.record("event.attendance.recorded", TARGET, event.id(),
				Map.of("registration", registrationId, "attended", attended));
	}

	@Transactional(readOnly = true)
	public List<EventView> all() {
		return events.findByOrderByStartsAtDesc().stream().map(this::view).toList();
	}

	@Transactional(readOnly = true)
	public EventView event(long eventId) {
		return view(events.findById(eventId).orElseThrow(EventService::notFound));
	}

	/** The certificate of participation of the signed-in person, who attended. */
	@Transactional(readOnly = true)
	public byte[] certificate(long eventId, Locale locale) {
		long accountId = me();
		OmbEvent event = events.findById(eventId).orElseThrow(EventService::notFound);
		Registration registration = event.active(accountId)
			.filter(Registration::isAttended)
			.orElseThrow(() -> new NotFoundException("meetings.error.event.no-certificate"));
		return pdf.render("meetings/pdf/certificate", locale, Map.of("event", view(event), "person",
				registration.getPersonName(), "number", event.id() + "-" + registration.id(), "dates",
				new MinutesDates()));
	}

	@Transactional(readOnly = true)
	public List<AssociationView> organised() {
		return associations.all()
			.stream()
			.filter(a -> a.status() == AssociationStatus.ACTIVE && access.organises(a.id(), null))
			.toList();
	}

	private EventView view(OmbEvent event) {
		Long accountId = Actor.current().accountId();
		Registration mine = accountId == null ? null : event.active(accountId).orElse(null);
		boolean organiser = access.organises(event.getAssociationId(), null);
		List<EventView.Line> lines = organiser ? event.getRegistrations()
			.stream()
			.map(r -> new EventView.Line(r.id(), r.getPersonName(), r.getStatus(), r.isAttended()))
			.toList() : List.of();
		LocalizedText name = associations.find(event.getAssociationId())
			.map(AssociationView::name)
			.orElse(LocalizedText.of("—", "—", "—"));
		return new EventView(event.id(), event.getAssociationId(), name, event.getTitle(), event.getDescription(),
				event.getStartsAt(), event.getPlace(), event.getLink(), event.getCapacity(), event.placesLeft(),
				event.waiting().size(), !clock.instant().isBefore(event.getStartsAt()),
				mine == null ? null : mine.getStatus(), mine != null && mine.isAttended(), organiser, lines);
	}

	private static long me() {
		return Actor.currentAccountId().orElseThrow(() -> new AccessDeniedException("meetings.error.not-allowed"));
	}

	private static NotFoundException notFound() {
		return new NotFoundException("meetings.error.no-event");
	}

	private static void require(boolean allowed) {
		if (!allowed) {
			throw new AccessDeniedException("meetings.error.not-allowed");
		}
	}

}
