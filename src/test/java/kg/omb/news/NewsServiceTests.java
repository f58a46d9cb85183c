package kg.omb.news;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import kg.omb.association.AssociationFixture;
import kg.omb.association.AssociationFixture.Omb;
import kg.omb.directory.Region;
import kg.omb.files.SampleFiles;
import kg.omb.news.domain.NewsItemDetails;
import kg.omb.news.domain.NewsService;
import kg.omb.news.domain.PublicationJob;
import kg.omb.search.SearchRequest;
import kg.omb.search.SearchResults;
import kg.omb.search.domain.PortalSearch;
import kg.omb.shared.DomainException;
import kg.omb.shared.LocalizedText;
import kg.omb.support.AdjustableClock;
import kg.omb.support.TestAccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who writes news (an OMB's chair or secretary for the OMB, an authority officer or an administrator for the
 * portal), what the search and the home page see of it (published items only, with their attachments' text), a
 * stale edit refused, the audit trail, and the job that publishes scheduled items when their time comes.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ AssociationFixture.class, AdjustableClock.Configuration.class })
@RecordApplicationEvents
class NewsServiceTests {

	@Autowired
	AssociationFixture fixture;

	@Autowired
	NewsService news;

	@Autowired
	News api;

	@Autowired
	PublicationJob job;

	@Autowired
	PortalSearch search;

	@Autowired
	AdjustableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEvents events;

	Omb omb;

	Omb other;

	long accountId;

	String marker;

	@BeforeEach
	void twoOmbs() {
		omb = fixture.standardOmb(Region.TALAS);
		other = fixture.standardOmb(Region.BATKEN);
		accountId = fixture.asAdministrator(() -> fixture.account("Жазуучу " + omb.n()));
		marker = "Таластоо" + omb.n();
	}

	@Test
	void theSecretaryAndTheChairWriteTheirOmbsNewsOnly() {
		long bySecretary = as(secretary(omb), () -> create(omb.id()));
		long byChair = as("OMB_CHAIR@ASSOCIATION:" + omb.id(), () -> create(omb.id()));

		assertThat(as(secretary(omb), () -> news.forEditing(byChair).associationId())).isEqualTo(omb.id());
		assertDenied(() -> as(secretary(omb), () -> create(other.id())));
		assertDenied(() -> as(secretary(omb), () -> create(null)));
		assertDenied(() -> as(secretary(other), () -> news.forEditing(bySecretary)));
		assertDenied(() -> as(secretary(other), () -> {
			news.publishNow(bySecretary, 0);
			return 0;
		}));
		assertThat(as(secretary(omb), () -> news.editable()).stream().map(NewsItemDetails::id))
			.contains(bySecretary, byChair);
		assertThat(as(secretary(other), () -> news.editable()).stream().map(NewsItemDetails::id))
			.doesNotContain(bySecretary, byChair);
	}

	@Test
	void anAuthorityOfficerWritesForTheWholePortalButNotForAnOmb() {
		String officer = "AUTHORITY_OFFICER@AUTHORITY:" + omb.authorityId();
		long portal = as(officer, () -> create(null));

		assertThat(as(officer, () -> news.forEditing(portal).associationId())).isNull();
		assertDenied(() -> as(officer, () -> create(omb.id())));
		assertDenied(() -> as(secretary(omb), () -> news.forEditing(portal)));
		assertThat(as(officer, () -> news.places()).portal()).isTrue();
		assertThat(as(secretary(omb), () -> news.places()).portal()).isFalse();
	}

	@Test
	void anAdministratorWritesEverywhereAndAMemberOrAParticipantNowhere() {
		long ombNews = as("ADMIN", () -> create(omb.id()));
		long portal = as("ADMIN", () -> create(null));
		assertThat(as("ADMIN", () -> news.editable()).stream().map(NewsItemDetails::id)).contains(ombNews, portal);

		assertDenied(() -> as("OMB_MEMBER@ASSOCIATION:" + omb.id(), () -> create(omb.id())));
		assertDenied(() -> as("SECTION_HEAD@SECTION:" + omb.sectionId(), () -> create(omb.id())));
		assertDenied(() -> as("PARTICIPANT", () -> create(null)));
		assertThat(as("PARTICIPANT", () -> news.places()).any()).isFalse();
		assertThat(as("PARTICIPANT", () -> news.editable())).isEmpty();
	}

	@Test
	void aStaleEditIsRefusedAndChangesNothing() {
		long id = as(secretary(omb), () -> create(omb.id()));
		long seen = as(secretary(omb), () -> news.forEditing(id).version());
		as(secretary(omb), () -> {
			news.edit(id, seen, LocalizedText.of("Биринчи оңдоо " + marker, null, null), LocalizedText.of("", "", ""));
			return 0;
		});

		assertThatThrownBy(() -> as(secretary(omb), () -> {
			news.edit(id, seen, LocalizedText.of("Экинчи оңдоо", null, null), LocalizedText.of("", "", ""));
			return 0;
		})).isInstanceOf(ObjectOptimisticLockingFailureException.class);
		assertThat(as(secretary(omb), () -> news.forEditing(id).title().ky())).isEqualTo("Биринчи оңдоо " + marker);
	}

	@Test
	void aPublishedItemIsSearchableWithItsAttachmentsTextUntilItIsWithdrawn() {
		long id = as(secretary(omb), () -> create(omb.id()));
		byte[] docx = SampleFiles.docx("Тиркеме " + marker + "файл программалары");
		as(secretary(omb), () -> news.attach(id, version(id), new ByteArrayInputStream(docx), "тиркеме.docx",
				docx.length));

		assertThat(find(marker).total()).as("a draft is not in the index").isZero();
		assertThat(api.latest(50)).extracting(NewsView::id).doesNotContain(id);

		as(secretary(omb), () -> {
			news.publishNow(id, version(id));
			return 0;
		});

		SearchResults found = find(marker);
		assertThat(found.hits()).singleElement().satisfies(hit -> {
			assertThat(hit.type()).isEqualTo("news");
			assertThat(hit.path()).isEqualTo("/news/" + id);
		});
		assertThat(find(marker + "файл").total()).as("found by its attachment's text").isEqualTo(1);
		assertThat(api.latest(50)).extracting(NewsView::id).contains(id);
		assertThat(events.stream(NewsPublished.class)).anySatisfy(event -> {
			assertThat(event.newsId()).isEqualTo(id);
			assertThat(event.associationId()).isEqualTo(omb.id());
		});

		as(secretary(omb), () -> {
			news.withdraw(id, version(id), "Ката жарыяланды");
			return 0;
		});
		assertThat(find(marker).total()).as("withdrawn").isZero();
		assertThat(api.latest(50)).extracting(NewsView::id).doesNotContain(id);
		assertThat(jdbc.queryForList("select action from audit_entry where target_type = 'news' and target_id = ? "
				+ "order by id", String.class, String.valueOf(id)))
			.containsExactly("news.created", "news.attached", "news.published", "news.withdrawn");
	}

	@Test
	void anUploadThatIsNotAllowedIsRefusedAndNothingIsAttached() {
		long id = as(secretary(omb), () -> create(omb.id()));
		byte[] program = SampleFiles.elfExecutable();

		assertThatThrownBy(() -> as(secretary(omb), () -> news.attach(id, version(id),
				new ByteArrayInputStream(program), "report.pdf", program.length)))
			.isInstanceOf(DomainException.class);
		assertThat(as(secretary(omb), () -> news.forEditing(id).attachments())).isEmpty();
	}

	@Test
	void theJobPublishesAScheduledItemOnceItsTimeHasComeAndNotBefore() {
		long id = as(secretary(omb), () -> create(omb.id()));
		Instant at = clock.instant().plus(Duration.ofHours(1));
		as(secretary(omb), () -> {
			news.schedule(id, version(id), at);
			return 0;
		});

		job.publishDue();
		assertThat(as(secretary(omb), () -> news.forEditing(id).status())).isEqualTo(NewsStatus.SCHEDULED);
		assertThat(find(marker).total()).as("scheduled, not yet public").isZero();

		clock.advance(Duration.ofMinutes(61));
		try {
			job.publishDue();
			NewsItemDetails published = as(secretary(omb), () -> news.forEditing(id));
			assertThat(published.status()).isEqualTo(NewsStatus.PUBLISHED);
			assertThat(published.publishedAt()).isAfterOrEqualTo(at);
			assertThat(find(marker).total()).isEqualTo(1);
			assertThat(events.stream(NewsPublished.class)).anyMatch(event -> event.newsId() == id);
			job.publishDue();
			assertThat(events.stream(NewsPublished.class).filter(event -> event.newsId() == id))
				.as("published once").hasSize(1);
		}
		finally {
			clock.advance(Duration.ofMinutes(-61));
		}
	}

	@Test
	void latestListsThePublishedItemsNewestFirst() {
		long first = as(secretary(omb), () -> create(omb.id()));
		long second = as("ADMIN", () -> create(null));
		as(secretary(omb), () -> {
			news.publishNow(first, version(first));
			return 0;
		});
		clock.advance(Duration.ofSeconds(1));
		as("ADMIN", () -> {
			news.publishNow(second, version(second));
			return 0;
		});

		assertThat(api.latest(2)).extracting(NewsView::id).containsExactly(second, first);
		assertThat(api.latest(2).get(0).path()).isEqualTo("/news/" + second);
		assertThat(api.latest(2).get(0).associationId()).isNull();
	}

	private long create(Long associationId) {
		return news.create(associationId, LocalizedText.of("Жаңылык " + marker, "Новость " + marker, null),
				LocalizedText.of("<p>Семинар " + marker + " өтөт.</p>", null, null));
	}

	private long version(long id) {
		return news.forEditing(id).version();
	}

	private SearchResults find(String text) {
		return search.search(new SearchRequest(text, Map.of(), SearchRequest.Order.RELEVANCE, 0, 10),
				Locale.forLanguageTag("ky"));
	}

	private static String secretary(Omb omb) {
		return "OMB_SECRETARY@ASSOCIATION:" + omb.id();
	}

	private <T> T as(String role, Supplier<T> work) {
		return TestAccount.runAs(accountId, role, work);
	}

	private static void assertDenied(Runnable action) {
		assertThatThrownBy(action::run).isInstanceOf(AccessDeniedException.class);
	}

}
