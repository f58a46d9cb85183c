package kg.omb.notifications.domain;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * E-mail settings ({@code omb.mail.*}); the SMTP server itself is {@code spring.mail.*}.
 * @param from the sender address ({@code OMB_MAIL_FROM}); the sender name is the platform's, in the mail's language
 * @param outbox how the outbox job sends and retries
 * @param digest the daily digest
 */
@ConfigurationProperties("omb.mail")
record MailSettings(@DefaultValue("no-reply@omb.local") String from, @DefaultValue Outbox outbox,
		@DefaultValue Digest digest) {

	/**
	 * The job's {@code @Scheduled} reads poll interval and initial delay from the same keys; they are bound here
	 * too so that a malformed value stops the start-up with a clear message.
	 * @param pollInterval pause between two runs of the outbox job
	 * @param initialDelay pause after start-up before the first run
	 * @param batchSize messages sent per run at most
	 * @param maxAttempts failed attempts after which a message is given up on (kept as FAILED_PERMANENTLY)
	 * @param initialBackoff wait after the first failure; doubled after each further one
	 * @param maxBackoff the longest wait between two attempts
	 */
	record Outbox(@DefaultValue("PT10S") Duration pollInterval, @DefaultValue("PT10S") Duration initialDelay,
			@DefaultValue("20") int batchSize, @DefaultValue("50") int maxAttempts,
			@DefaultValue("PT1M") Duration initialBackoff, @DefaultValue("PT6H") Duration maxBackoff) {

		Outbox {
			if (batchSize < 1 || maxAttempts < 1) {
				throw new IllegalArgumentException("omb.mail.outbox.batch-size and max-attempts must be positive");
			}
		}

		Backoff backoff() {
			return new Backoff(initialBackoff, maxBackoff);
		}

	}

	/**
	 * @param cron when the daily digest goes out (read by the job's {@code @Scheduled}), in Bishkek time ({@code -} turns it off)
	 * @param maxItems notifications listed in one digest at most; the rest are counted and left to the list
	 */
	record Digest(@DefaultValue("0 0 7 * * *") String cron, @DefaultValue("50") int maxItems) {
	}

}
