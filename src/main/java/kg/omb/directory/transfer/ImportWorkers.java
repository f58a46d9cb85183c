package kg.omb.directory.transfer;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The bounded pool imports run on: a few workers and a short queue, so that uploads cannot pile up work; a job
 * beyond that is refused, not queued without end. A job runs as the person who started it (their security context
 * goes with it), so that the directory's permission checks and the audit trail see them. Kept to itself rather
 * than published as an executor bean, which would displace the application's own task executor.
 */
@Component
class ImportWorkers implements DisposableBean {

	private final ThreadPoolExecutor pool;

	ImportWorkers(TransferProperties properties) {
		int workers = Math.max(1, properties.workers());
		BlockingQueue<Runnable> queue = properties.queue() > 0 ? new ArrayBlockingQueue<>(properties.queue())
				: new SynchronousQueue<>();
		AtomicInteger count = new AtomicInteger();
		this.pool = new ThreadPoolExecutor(workers, workers, 1, TimeUnit.MINUTES, queue, task -> {
			Thread thread = new Thread(task, "import-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		}, new ThreadPoolExecutor.AbortPolicy());
		this.pool.allowCoreThreadTimeOut(true);
	}

	/**
	 * Runs the job as the current person.
	 * @throws java.util.concurrent.RejectedExecutionException when every worker is busy and the queue is full
	 */
	void submit(Runnable job) {
		SecurityContext starter = SecurityContextHolder.createEmptyContext();
		starter.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
		pool.execute(() -> {
			SecurityContextHolder.setContext(starter);
			try {
				job.run();
			}
			finally {
				SecurityContextHolder.clearContext();
			}
		});
	}

	@Override
	public void destroy() throws InterruptedException {
		pool.shutdown();
		if (!pool.awaitTermination(30, TimeUnit.SECONDS)) {
			pool.shutdownNow();
		}
	}

}
