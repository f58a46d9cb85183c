package kg.omb.search.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import kg.omb.audit.AuditLog;
import kg.omb.search.SearchableContent;
import kg.omb.search.SearchableContent.Part;

/**
 * The full reindex: every module's public content is read again and written over the search entries (entries of
 * content that is no longer public are removed), then the Lucene index is rebuilt from the entries. One runs at a
 * time, in the background; its progress can be watched. On a start that finds no entry at all while the modules
 * have content (a new installation, or one upgraded to search) it runs by itself.
 */
@Component
public class IndexRebuild {

	private static final Logger log = LoggerFactory.getLogger(IndexRebuild.class);

	private static final int BATCH = 200;

	private final List<SearchableContent> contents;

	private final SearchIndexService index;

	private final IndexedEntryRepository entries;

	private final TransactionTemplate transactions;

	private final AuditLog audit;

	private final Clock clock;

	private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "search-reindex");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicReference<Progress> progress = new AtomicReference<>(Progress.NEVER);

	@PersistenceContext
	private EntityManager entityManager;

	IndexRebuild(List<SearchableContent> contents, SearchIndexService index, IndexedEntryRepository entries,
			PlatformTransactionManager transactionManager, AuditLog audit, Clock clock) {
		this.contents = List.copyOf(contents);
		this.index = index;
		this.entries = entries;
		this.transactions = new TransactionTemplate(transactionManager);
		this.audit = audit;
		this.clock = clock;
	}

	/** Starts a full reindex unless one is running; says whether it started. */
	public boolean start() {
		Progress current = progress.get();
		if (current.running() || !progress.compareAndSet(current, Progress.started(clock.instant()))) {
			return false;
		}
		audit.record("search.reindex.started", "search-index", "content", Map.of());
		worker.execute(this::run);
		return true;
	}

	public Progress progress() {
		return progress.get();
	}

	/** How many entries of each type the index holds now. */
	public Map<String, Long> counts() {
		Map<String, Long> counts = new TreeMap<>();
		for (SearchableContent content : contents) {
			counts.put(content.type(), entries.countByType(content.type()));
		}
		return counts;
	}

	/**
	 * A start that finds a kind of public content with no entry at all (a new installation, or content added
	 * before its module fed the search), or entries but an empty index (its directory was lost), rebuilds the index.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void rebuildWhenMissing() {
		Boolean missing = transactions.execute(status -> contents.stream().anyMatch(this::hasContentButNoEntries)
				|| entries.count() > 0 && Search.session(entityManager)
					.search(IndexedEntry.class)
					.where(f -> f.matchAll())
					.fetchTotalHitCount() == 0);
		if (Boolean.TRUE.equals(missing)) {
			log.info("The search index is missing content: building it from the modules' public content");
			start();
		}
	}

	private boolean hasContentButNoEntries(SearchableContent content) {
		if (entries.countByType(content.type()) > 0) {
			return false;
		}
		try (Stream<Part> parts = content.entries()) {
			return parts.findAny().isPresent();
		}
	}

	@PreDestroy
	void stop() {
		worker.shutdownNow();
	}

	private void run() {
		try {
			for (SearchableContent content : contents) {
				long written = rewrite(content);
				progress.updateAndGet(p -> p.typeDone(content.type(), written));
			}
			progress.updateAndGet(p -> p.phase(Phase.INDEXING));
			Search.mapping(entityManager.getEntityManagerFactory())
				.scope(IndexedEntry.class)
				.massIndexer()
				.purgeAllOnStart(true)
				.threadsToLoadObjects(1)
				.startAndWait();
			progress.updateAndGet(p -> p.finished(clock.instant(), null));
			log.info("Search index rebuilt: {}", progress.get().done());
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			progress.updateAndGet(p -> p.finished(clock.instant(), "interrupted"));
		}
		catch (RuntimeException failure) {
			log.error("The search reindex failed", failure);
			progress.updateAndGet(p -> p.finished(clock.instant(), failure.getClass().getSimpleName()));
		}
	}

	/** Writes every entry the module has now and removes the rest of that type; returns how many it wrote. */
	private long rewrite(SearchableContent content) {
		Long count = transactions.execute(status -> {
			Set<Long> seen = new HashSet<>();
			List<Part> batch = new ArrayList<>(BATCH);
			try (Stream<Part> parts = content.entries()) {
				parts.forEach(part -> {
					batch.add(part);
					if (batch.size() == BATCH) {
						writeBatch(batch, seen);
						progress.updateAndGet(p -> p.written(content.type(), seen.size()));
					}
				});
			}
			writeBatch(batch, seen);
			for (IndexedEntry stale : entries.findByType(content.type())) {
				if (!seen.contains(stale.getSourceId())) {
					entries.delete(stale);
				}
			}
			return (long) seen.size();
		});
		return count == null ? 0 : count;
	}

	private void writeBatch(List<Part> batch, Set<Long> seen) {
		for (Part part : batch) {
			index.write(part.ownerId(), part.entry());
			seen.add(part.entry().sourceId());
		}
		batch.clear();
		entries.flush();
	}

	public enum Phase {

		NEVER, READING, INDEXING, DONE, FAILED

	}

	/** Where the reindex is: entries written per type so far, when it started and ended, why it failed. */
	public record Progress(Phase phase, Map<String, Long> done, @Nullable String currentType,
			@Nullable Instant startedAt, @Nullable Instant finishedAt, @Nullable String failure) {

		static final Progress NEVER = new Progress(Phase.NEVER, Map.of(), null, null, null, null);

		public Progress {
			done = Map.copyOf(done);
		}

		static Progress started(Instant at) {
			return new Progress(Phase.READING, Map.of(), null, at, null, null);
		}

		public boolean running() {
			return phase == Phase.READING || phase == Phase.INDEXING;
		}

		public long total() {
			return done.values().stream().mapToLong(Long::longValue).sum();
		}

		Progress written(String type, long count) {
			Map<String, Long> next = new TreeMap<>(done);
			next.put(type, count);
			return new Progress(phase, next, type, startedAt, finishedAt, failure);
		}

		Progress typeDone(String type, long count) {
			return written(type, count);
		}

		Progress phase(Phase next) {
			return new Progress(next, done, currentType, startedAt, finishedAt, failure);
		}

		Progress finished(Instant at, @Nullable String why) {
			return new Progress(why == null ? Phase.DONE : Phase.FAILED, done, null, startedAt, at, why);
		}

	}

}
