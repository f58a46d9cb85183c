package kg.omb.notifications.domain;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day (07:00 in Bishkek by default), once across all nodes: a digest e-mail for everyone who chose it and has
 * unread notifications not yet mailed. Each person's digest is its own transaction; one failure stops no other.
 */
@Component
class DailyDigestJob {

	private static final Logger log = LoggerFactory.getLogger(DailyDigestJob.class);

	private final NotificationRepository notifications;

	private final DigestMail digest;

	DailyDigestJob(NotificationRepository notifications, DigestMail digest) {
		this.notifications = notifications;
		this.digest = digest;
	}

	@Scheduled(cron = "${omb.mail.digest.cron:0 0 7 * * *}", zone = "Asia/Bishkek")
	@SchedulerLock(name = "mail-digest")
	public void sendDigests() {
		int mailed = 0;
		for (long accountId : notifications.findAccountsAwaitingDigest()) {
			try {
				if (digest.mailWaiting(accountId)) {
					mailed++;
				}
			}
			catch (RuntimeException exception) {
				log.error("Daily digest for account {} failed; it stays waiting for the next run", accountId,
						exception);
			}
		}
		if (mailed > 0) {
			log.info("Daily digest: {} e-mails put in the outbox", mailed);
		}
	}

}
