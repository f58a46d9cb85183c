package kg.omb.portal.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * The public pages as anonymous visitors were last served them, in memory, so that the next visitor of the same
 * address in the same language on the same day gets the same bytes without rendering. Every committed read-write
 * transaction on this node starts a new generation, which no page rendered before it belongs to: a comment, a
 * decision or a new version shows on the very next request. Pages also age out after
 * {@link PageCacheProperties#maxAge()}, which bounds what a change made on another node may take to show.
 */
final class RenderedPages implements TransactionExecutionListener {

	private final Cache<Key, Page> pages;

	private final AtomicLong generation = new AtomicLong();

	RenderedPages(PageCacheProperties properties) {
		this.pages = Caffeine.newBuilder()
			.expireAfterWrite(properties.maxAge())
			.maximumWeight(properties.maxSize().toBytes())
			.weigher((Key key, Page page) -> page.body().length + 64 * page.headers().size() + key.weight())
			.build();
	}

	/** The generation a page rendered from now on belongs to; read before rendering it. */
	long generation() {
		return generation.get();
	}

	@Nullable Page find(Key key) {
		Page page = pages.getIfPresent(key);
		return page == null || page.generation() != generation.get() ? null : page;
	}

	/** Keeps a page rendered in {@code generation}, unless a change has been committed since. */
	void keep(Key key, Page page) {
		if (page.generation() == generation.get()) {
			pages.put(key, page);
		}
	}

	long size() {
		return pages.estimatedSize();
	}

	/** Carries out the evictions due now rather than on the next access. */
	void cleanUp() {
		pages.cleanUp();
	}

	@Override
	public void afterCommit(TransactionExecution transaction, @Nullable Throwable commitFailure) {
		if (!transaction.isReadOnly()) {
			generation.incrementAndGet();
			pages.invalidateAll();
		}
	}

	/** A page's address with its query, the language it is shown in and the day in Bishkek it was rendered for. */
	record Key(String address, Locale language, long day) {

		int weight() {
			return 2 * address.length() + 32;
		}

	}

	/**
	 * What a page answered: its content type and language, its other headers (without cookies), its body and the
	 * generation it was rendered in.
	 */
	record Page(@Nullable String contentType, Locale language, Map<String, List<String>> headers, byte[] body,
			long generation) {
	}

}
