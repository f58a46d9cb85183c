package kg.omb.files.domain;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * Extracts the text of a file for search with Apache Tika, cut at a number of characters and abandoned after a
 * time limit. A failure never fails the upload: the file is kept without text, and the failure is logged. Embedded
 * documents (a file inside a file) are not opened.
 * <p>
 * It runs while the upload is handled; being one method on a file it can later move to a background job.
 */
class TextExtractor implements DisposableBean {

	private static final Logger LOG = LoggerFactory.getLogger(TextExtractor.class);

	private final Parser parser;

	private final int maxCharacters;

	private final Duration timeout;

	private final ExecutorService workers = Executors.newCachedThreadPool(new Workers());

	TextExtractor(Parser parser, FilesProperties.Text limits) {
		this.parser = parser;
		this.maxCharacters = limits.maxCharacters();
		this.timeout = limits.timeout();
	}

	ExtractedText extract(Path file, String mediaType) {
		if (mediaType.startsWith("image/")) {
			return ExtractedText.none(ExtractedText.Outcome.NONE);
		}
		Future<ExtractedText> job = workers.submit(() -> parse(file, mediaType));
		try {
			return job.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException slow) {
			job.cancel(true);
			LOG.warn("Text extraction from {} ({}) took longer than {}; the file is kept without text", file,
					mediaType, timeout);
		}
		catch (ExecutionException failure) {
			LOG.warn("Text extraction from {} ({}) failed; the file is kept without text", file, mediaType,
					failure.getCause());
		}
		catch (InterruptedException interrupted) {
			job.cancel(true);
			Thread.currentThread().interrupt();
		}
		return ExtractedText.none(ExtractedText.Outcome.FAILED);
	}

	private ExtractedText parse(Path file, String mediaType) throws Exception {
		BodyContentHandler handler = new BodyContentHandler(maxCharacters);
		Metadata metadata = new Metadata();
		metadata.set(Metadata.CONTENT_TYPE, mediaType);
		boolean truncated = false;
		try (InputStream content = TikaInputStream.get(file)) {
			parser.parse(content, handler, metadata, new ParseContext());
		}
		catch (Exception exception) {
			if (!WriteLimitReachedException.isWriteLimitReached(exception)) {
				throw exception;
			}
			truncated = true;
		}
		String text = clean(handler.toString());
		return new ExtractedText(truncated ? ExtractedText.Outcome.TRUNCATED : ExtractedText.Outcome.COMPLETE, text);
	}

	/** PostgreSQL text holds no NUL characters; blank lines left by layouts carry nothing for search. */
	static String clean(String text) {
		return text.replace("\u0000", "").replaceAll("\\n[ \\t\\x0B\\f\\r]*(\\n[ \\t\\x0B\\f\\r]*)+", "\n\n").strip();
	}

	@Override
	public void destroy() {
		workers.shutdownNow();
	}

	private static final class Workers implements ThreadFactory {

		private final AtomicInteger count = new AtomicInteger();

		@Override
		public Thread newThread(Runnable task) {
			Thread thread = new Thread(task, "text-extraction-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		}

	}

}
