package kg.omb.news.domain;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every minute by default ({@code omb.news.publication.cron}), once across all nodes: publishes the scheduled news
 * whose time has come by the server's clock. Each item is its own transaction; one failure stops no other.
 */
@Component
public class PublicationJob {

	private static final Logger log = LoggerFactory.getLogger(PublicationJob.class);

	private final NewsService news;

	PublicationJob(NewsService news) {
		this.news = news;
	}

	@Scheduled(cron = "${omb.news.publication.cron:0 * * * * *}", zone = "Asia/Bishkek")
	@SchedulerLock(name = "news-publication")
	public void publishDue() {
		int published = 0;
		for (long id : news.due()) {
			try {
				if (news.publishIfDue(id)) {
					published++;
				}
			}
			catch (RuntimeException failure) {
				log.error("Scheduled news item {} could not be published; the next run tries again", id, failure);
			}
		}
		if (published > 0) {
			log.info("Scheduled news published: {}", published);
		}
	}

}
