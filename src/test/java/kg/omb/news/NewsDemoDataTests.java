package kg.omb.news;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** A first start with demo data publishes the demo news of four OMBs and of the portal, and schedules one more. */
@SpringBootTest(properties = { "omb.demo-data.enabled=true", "omb.demo-data.password=demo-platform-key-0427" })
class NewsDemoDataTests {

	@Autowired
	News news;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theDemoNewsArePublishedInThreeLanguagesAndOneIsScheduled() {
		List<NewsView> latest = news.latest(10);

		assertThat(latest).hasSize(5);
		assertThat(latest).extracting(NewsView::associationId).contains(1L, 2L, 3L, 4L, null);
		assertThat(latest).allSatisfy(item -> {
			assertThat(item.title().ky()).isNotBlank();
			assertThat(item.title().ru()).isNotBlank();
			assertThat(item.title().en()).isNotBlank();
		});
		assertThat(jdbc.queryForObject("select count(*) from news_item where status = 'SCHEDULED'", Integer.class))
			.isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where target_type = 'news' "
				+ "and action = 'news.published'", Integer.class)).isEqualTo(5);
	}

}
