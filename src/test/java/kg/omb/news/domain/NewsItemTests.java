package kg.omb.news.domain;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import kg.omb.news.NewsStatus;
import kg.omb.shared.DomainException;
import kg.omb.shared.LocalizedText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NewsItemTests {

	static final Instant NOW = Instant.parse("2026-09-01T04:00:00Z");

	static NewsItem draft() {
		return new NewsItem(7L, LocalizedText.of("Семинар", "Семинар", null), LocalizedText.of("<p>Текст</p>", null, null));
	}

	@Test
	void aNewItemIsADraftWithItsBodySanitized() {
		NewsItem item = new NewsItem(null, new LocalizedText(" Жаңылык ", null, null),
				new LocalizedText("<p onclick=\"x()\">Окуу <script>alert(1)</script><a href=\"javascript:x()\">шилтеме</a></p>",
						"<script>only()</script>", null));

		assertThat(item.getStatus()).isEqualTo(NewsStatus.DRAFT);
		assertThat(item.getTitle().ky()).isEqualTo("Жаңылык");
		assertThat(item.getBody().ky()).isEqualTo("<p>Окуу шилтеме</p>");
		assertThat(item.getBody().ru()).as("nothing readable is left").isNull();
		assertThat(item.getAssociationId()).isNull();
	}

	@Test
	void refusesATitleWithoutKyrgyz() {
		assertThatThrownBy(() -> new NewsItem(1L, new LocalizedText(null, "Новость", "News"), LocalizedText.of("", "", "")))
			.isInstanceOf(DomainException.class)
			.extracting(failure -> ((DomainException) failure).messageKey())
			.isEqualTo("news.error.title-required");
	}

	@Test
	void aDraftIsPublishedNow() {
		NewsItem item = draft();
		item.publish(NOW);

		assertThat(item.getStatus()).isEqualTo(NewsStatus.PUBLISHED);
		assertThat(item.getPublishedAt()).isEqualTo(NOW);
	}

	@Test
	void aScheduledItemIsDueOnlyOnceItsTimeHasCome() {
		NewsItem item = draft();
		item.schedule(NOW.plus(Duration.ofHours(2)), NOW);

		assertThat(item.getStatus()).isEqualTo(NewsStatus.SCHEDULED);
		assertThat(item.isDue(NOW.plus(Duration.ofMinutes(119)))).isFalse();
		assertThat(item.isDue(NOW.plus(Duration.ofHours(2)))).isTrue();

		item.publish(NOW.plus(Duration.ofHours(2)));
		assertThat(item.getPublishAt()).isNull();
		assertThat(item.isDue(NOW.plus(Duration.ofHours(3)))).as("published, no longer scheduled").isFalse();
	}

	@Test
	void refusesToScheduleForThePastOrNow() {
		NewsItem item = draft();

		assertRefused(() -> item.schedule(NOW, NOW), "news.error.schedule-in-past");
		assertRefused(() -> item.schedule(NOW.minusSeconds(1), NOW), "news.error.schedule-in-past");
		assertThat(item.getStatus()).isEqualTo(NewsStatus.DRAFT);
	}

	@Test
	void aScheduledItemCanBeCalledOffAndIsADraftAgain() {
		NewsItem item = draft();
		item.schedule(NOW.plusSeconds(60), NOW);
		item.unschedule();

		assertThat(item.getStatus()).isEqualTo(NewsStatus.DRAFT);
		assertThat(item.getPublishAt()).isNull();
		assertRefused(item::unschedule, "news.error.not-scheduled");
	}

	@Test
	void aPublishedItemIsNotRewrittenNorRescheduledButWithdrawnWithAReason() {
		NewsItem item = draft();
		item.publish(NOW);

		assertRefused(() -> item.edit(LocalizedText.of("Башка", null, null), LocalizedText.of("", "", "")),
				"news.error.not-editable");
		assertRefused(() -> item.attach(5), "news.error.not-editable");
		assertRefused(() -> item.schedule(NOW.plusSeconds(60), NOW), "news.error.not-schedulable");
		assertRefused(() -> item.publish(NOW), "news.error.not-publishable");
		assertRefused(() -> item.withdraw("  ", NOW), "news.error.reason-required");

		item.withdraw(" Ката маалымат ", NOW.plusSeconds(5));
		assertThat(item.getStatus()).isEqualTo(NewsStatus.WITHDRAWN);
		assertThat(item.getWithdrawalReason()).isEqualTo("Ката маалымат");
		assertThat(item.getWithdrawnAt()).isEqualTo(NOW.plusSeconds(5));
	}

	@Test
	void onlyAPublishedItemIsWithdrawnAndAWithdrawnOneIsFinal() {
		NewsItem item = draft();
		assertRefused(() -> item.withdraw("себеп", NOW), "news.error.not-published");

		item.publish(NOW);
		item.withdraw("себеп", NOW);
		assertRefused(() -> item.publish(NOW), "news.error.not-publishable");
		assertRefused(() -> item.withdraw("дагы", NOW), "news.error.not-published");
	}

	@Test
	void keepsAttachmentsInOrderOnceEachAndAtMostTen() {
		NewsItem item = draft();
		item.attach(3);
		item.attach(1);
		item.attach(3);
		assertThat(item.getAttachments()).containsExactly(3L, 1L);

		item.detach(3);
		assertThat(item.getAttachments()).containsExactly(1L);
		for (long id = 10; item.getAttachments().size() < NewsItem.MAX_ATTACHMENTS; id++) {
			item.attach(id);
		}
		assertRefused(() -> item.attach(99), "news.error.too-many-attachments");
	}

	private static void assertRefused(Runnable action, String key) {
		assertThatThrownBy(action::run).isInstanceOf(DomainException.class)
			.extracting(failure -> ((DomainException) failure).messageKey())
			.isEqualTo(key);
	}

}
