package kg.omb.meetings.domain;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import kg.omb.shared.BaseEntity;
import kg.omb.shared.DomainException;
import kg.omb.shared.Strings;

/**
 * A meeting of an OMB, or of one of its sections (§20, §23): in person at a place, online by a link to any
 * video-meeting service (the platform hosts no video) or both. The roll of members is taken when it is scheduled;
 * the agenda may change until the meeting opens; attendance is recorded while it is in progress.
 */
@Entity
@Table(name = "meeting")
public class Meeting extends BaseEntity {

	@Column(name = "association_id", nullable = false)
	private long associationId;

	@Column(name = "section_id")
	private @Nullable Long sectionId;

	@Column(nullable = false)
	private String title;

	@Column(name = "starts_at", nullable = false)
	private Instant startsAt;

	private @Nullable String place;

	private @Nullable String link;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private MeetingStatus status;

	@Column(name = "opened_at")
	private @Nullable Instant openedAt;

	@Column(name = "closed_at")
	private @Nullable Instant closedAt;

	@Column(name = "reminded_at")
	private @Nullable Instant remindedAt;

	@OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position asc, id asc")
	private List<AgendaItem> agenda = new ArrayList<>();

	@OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("personName asc, id asc")
	private List<Participant> participants = new ArrayList<>();

	protected Meeting() {
		this.title = "";
		this.startsAt = Instant.EPOCH;
		this.status = MeetingStatus.SCHEDULED;
	}

	public Meeting(long associationId, @Nullable Long sectionId, String title, Instant startsAt, @Nullable String place,
			@Nullable String link, Instant now) {
		this.associationId = associationId;
		this.sectionId = sectionId;
		this.title = required(title);
		this.status = MeetingStatus.SCHEDULED;
		reschedule(startsAt, place, link, now);
	}

	/** A new time or venue while the meeting is still to come; it must be in the future and have a place or a link. */
	public void reschedule(Instant startsAt, @Nullable String place, @Nullable String link, Instant now) {
		requireStatus(MeetingStatus.SCHEDULED);
		if (!startsAt.isAfter(now)) {
			throw new DomainException("meetings.error.starts-in-past");
		}
		String where = Strings.blankToNull(place);
		String url = Strings.blankToNull(link);
		if (where == null && url == null) {
			throw new DomainException("meetings.error.place-or-link");
		}
		if (url != null && !isWebAddress(url)) {
			throw new DomainException("meetings.error.link-invalid");
		}
		this.startsAt = startsAt;
		this.place = where;
		this.link = url;
	}

	/** Invites a member to the roll; only before the meeting opens, and once. */
	public Participant invite(@Nullable Long memberId, @Nullable Long accountId, String personName) {
		requireStatus(MeetingStatus.SCHEDULED);
		boolean listed = participants.stream()
			.anyMatch(p -> memberId != null && memberId.equals(p.getMemberId())
					|| accountId != null && accountId.equals(p.getAccountId()));
		if (listed) {
			throw new DomainException("meetings.error.already-invited");
		}
		Participant participant = new Participant(this, memberId, accountId, personName);
		participants.add(participant);
		return participant;
	}

	public AgendaItem addItem(String itemTitle, @Nullable String proposedDecision, @Nullable Long documentId,
			@Nullable Integer documentVersion) {
		requireStatus(MeetingStatus.SCHEDULED);
		int position = agenda.stream().mapToInt(AgendaItem::getPosition).max().orElse(0) + 1;
		AgendaItem item = new AgendaItem(this, position, required(itemTitle), proposedDecision, documentId,
				documentVersion);
		agenda.add(item);
		return item;
	}

	public void removeItem(long itemId) {
		requireStatus(MeetingStatus.SCHEDULED);
		agenda.removeIf(item -> item.id() == itemId);
	}

	public void reply(Participant participant, Reply reply) {
		requireStatus(MeetingStatus.SCHEDULED);
		participant.reply(reply);
	}

	/** The meeting begins: from now on attendance is recorded and votes are taken. */
	public void open(Instant now) {
		requireStatus(MeetingStatus.SCHEDULED);
		if (agenda.isEmpty()) {
			throw new DomainException("meetings.error.agenda-empty");
		}
		this.status = MeetingStatus.IN_PROGRESS;
		this.openedAt = now;
	}

	public void recordAttendance(Participant participant, Attendance attendance) {
		requireStatus(MeetingStatus.IN_PROGRESS);
		participant.attend(attendance);
	}

	public void close(Instant now) {
		requireStatus(MeetingStatus.IN_PROGRESS);
		this.status = MeetingStatus.CLOSED;
		this.closedAt = now;
	}

	public void cancel() {
		requireStatus(MeetingStatus.SCHEDULED);
		this.status = MeetingStatus.CANCELLED;
	}

	/** Marks the reminder before the meeting as sent; false when it was, or the meeting is no longer to come. */
	boolean markReminded(Instant now) {
		if (remindedAt != null || status != MeetingStatus.SCHEDULED || !startsAt.isAfter(now)) {
			return false;
		}
		this.remindedAt = now;
		return true;
	}

	/** Present members against the roll, under the OMB's rule. */
	public Quorum quorum(QuorumRule rule) {
		int present = (int) participants.stream().filter(p -> p.getAttendance().present()).count();
		return Quorum.of(rule, participants.size(), present);
	}

	public Optional<Participant> participant(long participantId) {
		return participants.stream().filter(p -> p.id() == participantId).findFirst();
	}

	public Optional<Participant> participantWithAccount(long accountId) {
		return participants.stream().filter(p -> Long.valueOf(accountId).equals(p.getAccountId())).findFirst();
	}

	public Optional<AgendaItem> item(long itemId) {
		return agenda.stream().filter(item -> item.id() == itemId).findFirst();
	}

	void requireStatus(MeetingStatus expected) {
		if (status != expected) {
			throw new DomainException("meetings.error.status." + expected.name().toLowerCase(Locale.ROOT));
		}
	}

	private static String required(String text) {
		String value = Strings.blankToNull(text);
		if (value == null) {
			throw new DomainException("meetings.error.title-required");
		}
		return value;
	}

	/** Only http and https links with a host: a link in an invitation must never run script. */
	static boolean isWebAddress(String url) {
		try {
			URI uri = URI.create(url);
			String scheme = uri.getScheme();
			return scheme != null && (scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))
					&& uri.getHost() != null;
		}
		catch (IllegalArgumentException notAnAddress) {
			return false;
		}
	}

	public long getAssociationId() {
		return associationId;
	}

	public @Nullable Long getSectionId() {
		return sectionId;
	}

	public String getTitle() {
		return title;
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

	public MeetingStatus getStatus() {
		return status;
	}

	public @Nullable Instant getOpenedAt() {
		return openedAt;
	}

	public @Nullable Instant getClosedAt() {
		return closedAt;
	}

	public List<AgendaItem> getAgenda() {
		return agenda.stream().sorted(Comparator.comparingInt(AgendaItem::getPosition)).toList();
	}

	public List<Participant> getParticipants() {
		return List.copyOf(participants);
	}

}
