package kg.omb.meetings.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import kg.omb.shared.BaseEntity;
import kg.omb.shared.DomainException;
import kg.omb.shared.Strings;

/**
 * A seminar or public event of an OMB (§11.5) with a number of places. People register until it begins: within
 * the capacity they are registered, beyond it they wait in the order they came, and a place given back goes to the
 * first who waits. After it began the organiser records who attended; they may download a certificate.
 */
@Entity
@Table(name = "omb_event")
public class OmbEvent extends BaseEntity {

	@Column(name = "association_id", nullable = false)
	private long associationId;

	@Column(nullable = false)
	private String title;

	private @Nullable String description;

	@Column(name = "starts_at", nullable = false)
	private Instant startsAt;

	private @Nullable String place;

	private @Nullable String link;

	@Column(nullable = false)
	private int capacity;

	@OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<Registration> registrations = new ArrayList<>();

	protected OmbEvent() {
		this.title = "";
		this.startsAt = Instant.EPOCH;
	}

	public OmbEvent(long associationId, String title, @Nullable String description, Instant startsAt,
			@Nullable String place, @Nullable String link, int capacity, Instant now) {
		String name = Strings.blankToNull(title);
		if (name == null) {
			throw new DomainException("meetings.error.title-required");
		}
		if (!startsAt.isAfter(now)) {
			throw new DomainException("meetings.error.starts-in-past");
		}
		if (capacity < 1) {
			throw new DomainException("meetings.error.event.capacity");
		}
		this.place = Strings.blankToNull(place);
		this.link = Strings.blankToNull(link);
		if (this.place == null && this.link == null) {
			throw new DomainException("meetings.error.place-or-link");
		}
		if (this.link != null && !Meeting.isWebAddress(this.link)) {
			throw new DomainException("meetings.error.link-invalid");
		}
		this.associationId = associationId;
		this.title = name;
		this.description = Strings.blankToNull(description);
		this.startsAt = startsAt;
		this.capacity = capacity;
	}

	/** Registers the person, or puts them on the waiting list when every place is taken. */
	public Registration register(long accountId, String personName, Instant now) {
		if (!now.isBefore(startsAt)) {
			throw new DomainException("meetings.error.event.started");
		}
		if (active(accountId).isPresent()) {
			throw new DomainException("meetings.error.event.already-registered");
		}
		Registration.Status status = taken() < capacity ? Registration.Status.REGISTERED : Registration.Status.WAITING;
		Registration registration = new Registration(this, accountId, personName, status, now);
		registrations.add(registration);
		return registration;
	}

	/**
	 * The person gives back their place or leaves the waiting list; a place given back goes to the first who waits,
	 * who is returned (to be told).
	 */
	public Optional<Registration> cancel(long accountId, Instant now) {
		if (!now.isBefore(startsAt)) {
			throw new DomainException("meetings.error.event.started");
		}
		Registration registration = active(accountId)
			.orElseThrow(() -> new DomainException("meetings.error.event.not-registered"));
		boolean hadPlace = registration.getStatus() == Registration.Status.REGISTERED;
		registration.cancel();
		if (!hadPlace) {
			return Optional.empty();
		}
		Optional<Registration> next = waiting().stream().findFirst();
		next.ifPresent(Registration::promote);
		return next;
	}

	/** The organiser records that a registered person attended; only once the event has begun. */
	public void markAttended(long registrationId, boolean attended, Instant now) {
		if (now.isBefore(startsAt)) {
			throw new DomainException("meetings.error.event.not-started");
		}
		Registration registration = registrations.stream()
			.filter(r -> r.id() == registrationId)
			.findFirst()
			.orElseThrow(() -> new DomainException("meetings.error.event.not-registered"));
		registration.attend(attended);
	}

	public Optional<Registration> active(long accountId) {
		return registrations.stream()
			.filter(r -> r.getAccountId() == accountId && r.getStatus() != Registration.Status.CANCELLED)
			.findFirst();
	}

	public int taken() {
		return (int) registrations.stream().filter(r -> r.getStatus() == Registration.Status.REGISTERED).count();
	}

	public int placesLeft() {
		return Math.max(0, capacity - taken());
	}

	public List<Registration> waiting() {
		return registrations.stream()
			.filter(r -> r.getStatus() == Registration.Status.WAITING)
			.sorted(Comparator.comparing(Registration::getRegisteredAt).thenComparing(Registration::id))
			.toList();
	}

	public List<Registration> getRegistrations() {
		return registrations.stream()
			.sorted(Comparator.comparing(Registration::getRegisteredAt).thenComparing(Registration::id))
			.toList();
	}

	public long getAssociationId() {
		return associationId;
	}

	public String getTitle() {
		return title;
	}

	public @Nullable String getDescription() {
		return description;
	}

	public Instant getStartsAt() {
		return startsAt;
	}

	public @Nullable String getPlace() {
		return place;
	}

	public @Nullable String getLink() {
		return link;
	}

	public int getCapacity() {
		return capacity;
	}

}
