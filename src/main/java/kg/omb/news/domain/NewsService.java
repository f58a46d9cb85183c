package kg.omb.news.domain;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.audit.AuditLog;
import kg.omb.files.StoredFile;
import kg.omb.files.StoredFiles;
import kg.omb.news.NewsPublished;
import kg.omb.shared.Actor;
import kg.omb.shared.LocalizedText;
import kg.omb.shared.NotFoundException;

/**
 * Writing, publishing and withdrawing news, each change checked against who may write the item's news
 * ({@link NewsAccess}), refused when the page was stale, audited, and followed by the search index.
 */
@Service
@Transactional(readOnly = true)
public class NewsService {

	static final String TARGET = "news";

	private final NewsItems items;

	private final NewsAccess access;

	private final StoredFiles files;

	private final NewsSearchEntries search;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	NewsService(NewsItems items, NewsAccess access, StoredFiles files, NewsSearchEntries search, AuditLog audit,
			ApplicationEventPublisher events, Clock clock) {
		this.items = items;
		this.access = access;
		this.files = files;
		this.search = search;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** The items the person may edit, latest change first. */
	public List<NewsItemDetails> editable() {
		Stream<NewsItem> mine;
		if (access.administers()) {
			mine = items.findAllByOrderByUpdatedAtDescIdDesc().stream();
		}
		else {
			Set<Long> ombs = access.associations();
			Stream<NewsItem> portal = access.writes(null) ? items.findByAssociationIdIsNullOrderByUpdatedAtDescIdDesc()
				.stream() : Stream.empty();
			Stream<NewsItem> own = ombs.isEmpty() ? Stream.empty()
					: items.findByAssociationIdInOrderByUpdatedAtDescIdDesc(ombs).stream();
			mine = Stream.concat(portal, own);
		}
		return mine.map(this::details).toList();
	}

	/** Where the person may publish: the OMBs they write for, and whether also for the whole portal. */
	public Places places() {
		return new Places(access.associations(), access.writes(null), access.administers());
	}

	public NewsItemDetails forEditing(long id) {
		NewsItem item = item(id);
		access.require(item.getAssociationId());
		return details(item);
	}

	@Transactional
	public long create(@Nullable Long associationId, LocalizedText title, LocalizedText body) {
		access.require(associationId);
		NewsItem item = items.save(new NewsItem(associationId, title, body));
		audit.record("news.created", TARGET, item.id(), details("association", associationId));
		return item.id();
	}

	@Transactional
	public void edit(long id, long version, LocalizedText title, LocalizedText body) {
		NewsItem item = current(id, version);
		item.edit(title, body);
		audit.record("news.edited", TARGET, id, Map.of());
		refresh(item);
	}

	/** Checks and stores the upload (type by content, size) and attaches it; nothing is kept when it is refused. */
	@Transactional
	public StoredFile attach(long id, long version, InputStream content, String name, long size) {
		NewsItem item = current(id, version);
		StoredFile file = files.store(content, name, size, Actor.current());
		item.attach(file.id());
		items.saveAndFlush(item);
		audit.record("news.attached", TARGET, id, Map.of("file", file.id(), "name", file.originalName()));
		return file;
	}

	@Transactional
	public void detach(long id, long version, long fileId) {
		NewsItem item = current(id, version);
		item.detach(fileId);
		audit.record("news.detached", TARGET, id, Map.of("file", fileId));
	}

	@Transactional
	public void publishNow(long id, long version) {
		NewsItem item = current(id, version);
		item.publish(now());
		audit.record("news.published", TARGET, id, Map.of());
		published(item);
	}

	@Transactional
	public void schedule(long id, long version, Instant at) {
		NewsItem item = current(id, version);
		item.schedule(at, now());
		audit.record("news.scheduled", TARGET, id, Map.of("publishAt", at.toString()));
	}

	@Transactional
	public void unschedule(long id, long version) {
		NewsItem item = current(id, version);
		item.unschedule();
		audit.record("news.unscheduled", TARGET, id, Map.of());
	}

	@Transactional
	public void withdraw(long id, long version, String reason) {
		NewsItem item = current(id, version);
		item.withdraw(reason, now());
		audit.record("news.withdrawn", TARGET, id, Map.of("reason", reason.strip()));
		search.refresh(item);
	}

	/** Publishes one scheduled item whose time has come; by the system, for the scheduled job. */
	@Transactional
	public boolean publishIfDue(long id) {
		NewsItem item = item(id);
		Instant now = now();
		if (!item.isDue(now)) {
			return false;
		}
		item.publish(now);
		audit.record("news.published", TARGET, id, Map.of("scheduled", true));
		published(item);
		return true;
	}

	/** The ids of the scheduled items whose time has come, in the order they were due. */
	public List<Long> due() {
		return items.findDue(now());
	}

	/** A published item, for its public page; anything else is not found. */
	public NewsItemDetails published(long id) {
		return items.findById(id)
			.filter(NewsItem::isPublished)
			.map(this::details)
			.orElseThrow(() -> new NotFoundException("news.error.not-found"));
	}

	/** A file of a published item, for download by anyone; a file not attached to it is not found. */
	public StoredFile publishedAttachment(long id, long fileId) {
		NewsItem item = items.findById(id).filter(NewsItem::isPublished)
			.orElseThrow(() -> new NotFoundException("news.error.not-found"));
		if (!item.getAttachments().contains(fileId)) {
			throw new NotFoundException("news.error.not-found");
		}
		return files.find(fileId).orElseThrow(() -> new NotFoundException("news.error.not-found"));
	}

	public InputStream open(StoredFile file) {
		return files.open(file.id());
	}

	private void published(NewsItem item) {
		search.refresh(item);
		events.publishEvent(new NewsPublished(item.id(), item.getAssociationId(),
				java.util.Objects.requireNonNull(item.getPublishedAt())));
	}

	private void refresh(NewsItem item) {
		if (item.isPublished()) {
			search.refresh(item);
		}
	}

	private NewsItem current(long id, long version) {
		NewsItem item = item(id);
		access.require(item.getAssociationId());
		if (item.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(NewsItem.class, id);
		}
		return item;
	}

	private NewsItem item(long id) {
		return items.findById(id).orElseThrow(() -> new NotFoundException("news.error.not-found"));
	}

	NewsItemDetails details(NewsItem item) {
		List<StoredFile> attached = item.getAttachments()
			.stream()
			.map(files::find)
			.flatMap(Optional::stream)
			.toList();
		return new NewsItemDetails(item.id(), item.getVersion(), item.getAssociationId(), item.getTitle(),
				item.getBody(), item.getStatus(), item.getPublishAt(), item.getPublishedAt(), item.getWithdrawnAt(),
				item.getWithdrawalReason(), attached, item.getUpdatedAt());
	}

	private Instant now() {
		// the databases keep microseconds; what is returned equals what is read back
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private static Map<String, Object> details(String key, @Nullable Object value) {
		Map<String, Object> details = new LinkedHashMap<>();
		if (value != null) {
			details.put(key, value);
		}
		return details;
	}

	/** Where a person may publish news. */
	public record Places(Set<Long> associations, boolean portal, boolean everywhere) {

		public boolean any() {
			return portal || everywhere || !associations.isEmpty();
		}

	}

}
