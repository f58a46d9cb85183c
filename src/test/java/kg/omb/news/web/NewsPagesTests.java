package kg.omb.news.web;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import kg.omb.association.AssociationFixture;
import kg.omb.association.AssociationFixture.Omb;
import kg.omb.directory.Region;
import kg.omb.files.SampleFiles;
import kg.omb.news.NewsStatus;
import kg.omb.news.domain.NewsService;
import kg.omb.shared.Bishkek;
import kg.omb.shared.LocalizedText;
import kg.omb.support.AdjustableClock;
import kg.omb.support.TestAccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The news as anyone reads it (the list with its OMB and year filters, an item with its files, in three languages;
 * a draft, a scheduled or a withdrawn item is never shown, listed, downloadable or found) and the workspace pages
 * where the OMB's secretary writes, schedules, publishes and withdraws, with refusals shown on the page.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ AssociationFixture.class, AdjustableClock.Configuration.class })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NewsPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AssociationFixture fixture;

	@Autowired
	NewsService news;

	@Autowired
	AdjustableClock clock;

	Omb omb;

	Omb other;

	long accountId;

	String marker;

	long published;

	long ofOther;

	long draft;

	long scheduled;

	long withdrawn;

	long fileId;

	@BeforeAll
	void someNews() {
		omb = fixture.standardOmb(Region.ISSYK_KUL);
		other = fixture.standardOmb(Region.OSH_REGION);
		accountId = fixture.asAdministrator(() -> fixture.account("Катчы " + omb.n()));
		marker = "Ысыккөлтоо" + omb.n();
		published = as(secretary(omb), () -> {
			long id = create(omb.id(), "Жарыяланган " + marker);
			byte[] text = SampleFiles.text("Программа " + marker + " тиркемеси");
			fileId = news.attach(id, news.forEditing(id).version(), new ByteArrayInputStream(text), "программа.txt",
					text.length).id();
			news.publishNow(id, news.forEditing(id).version());
			return id;
		});
		ofOther = as(secretary(other), () -> {
			long id = create(other.id(), "Башка ОМБ " + marker);
			news.publishNow(id, news.forEditing(id).version());
			return id;
		});
		draft = as(secretary(omb), () -> create(omb.id(), "Долбоор " + marker));
		scheduled = as(secretary(omb), () -> {
			long id = create(omb.id(), "Пландалган " + marker);
			news.schedule(id, news.forEditing(id).version(), clock.instant().plus(Duration.ofDays(2)));
			return id;
		});
		withdrawn = as(secretary(omb), () -> {
			long id = create(omb.id(), "Кайтарылган " + marker);
			news.publishNow(id, news.forEditing(id).version());
			news.withdraw(id, news.forEditing(id).version(), "Ката");
			return id;
		});
	}

	@Test
	void thePublicListShowsPublishedNewsOnlyAndNarrowsByOmbAndYear() throws Exception {
		mvc.perform(get("/news"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/news/" + published + "\"")))
			.andExpect(content().string(containsString("/news/" + ofOther + "\"")))
			.andExpect(content().string(not(containsString("/news/" + draft + "\""))))
			.andExpect(content().string(not(containsString("/news/" + scheduled + "\""))))
			.andExpect(content().string(not(containsString("/news/" + withdrawn + "\""))));

		mvc.perform(get("/news").param("association", String.valueOf(omb.id())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/news/" + published + "\"")))
			.andExpect(content().string(not(containsString("/news/" + ofOther + "\""))));

		int year = Bishkek.today(clock).getYear();
		mvc.perform(get("/news").param("year", String.valueOf(year - 1)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/news/" + published + "\""))));
	}

	@Test
	void aPublishedItemIsReadByAnyoneInThreeLanguagesWithItsFiles() throws Exception {
		mvc.perform(get("/news/" + published))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Жарыяланган " + marker)))
			.andExpect(content().string(containsString("Семинар " + marker)))
			.andExpect(content().string(containsString("программа.txt")))
			.andExpect(content().string(containsString("Тиркелген файлдар")));
		mvc.perform(get("/news/" + published).param("lang", "ru"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Новость Жарыяланган " + marker)))
			.andExpect(content().string(containsString("Прикреплённые файлы")));
		mvc.perform(get("/news/" + published).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Attached files")));

		mvc.perform(get("/news/" + published + "/files/" + fileId))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(content().bytes(SampleFiles.text("Программа " + marker + " тиркемеси")));
	}

	@Test
	void theHomePageFeedAndSitemapCarryPublishedNewsOnly() throws Exception {
		for (String page : List.of("/", "/feeds/all.atom", "/sitemap.xml")) {
			mvc.perform(get(page))
				.andExpect(status().isOk())
				.andExpect(content().string(linkTo(published)))
				.andExpect(content().string(not(linkTo(draft))))
				.andExpect(content().string(not(linkTo(scheduled))))
				.andExpect(content().string(not(linkTo(withdrawn))));
		}
	}

	/** A link to the item's page in an attribute ({@code href="/news/7"}) or an element ({@code <loc>...</loc>}). */
	private static org.hamcrest.Matcher<String> linkTo(long id) {
		return anyOf(containsString("/news/" + id + "\""), containsString("/news/" + id + "<"));
	}

	@Test
	void aDraftAScheduledOrAWithdrawnItemAndTheirFilesAreNotFound() throws Exception {
		for (long hidden : List.of(draft, scheduled, withdrawn)) {
			mvc.perform(get("/news/" + hidden)).andExpect(status().isNotFound());
		}
		mvc.perform(get("/news/" + draft + "/files/" + fileId)).andExpect(status().isNotFound());
		// not attached to it
		mvc.perform(get("/news/" + ofOther + "/files/" + fileId)).andExpect(status().isNotFound());
		mvc.perform(get("/search").param("q", marker))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/news/" + published + "\"")))
			.andExpect(content().string(not(containsString("/news/" + draft + "\""))))
			.andExpect(content().string(not(containsString("/news/" + scheduled + "\""))))
			.andExpect(content().string(not(containsString("/news/" + withdrawn + "\""))));
	}

	@Test
	void theWorkspaceListsWhatThePersonMayEditAndRefusesOthers() throws Exception {
		mvc.perform(get("/manage/news").with(signedIn(secretary(omb))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/manage/news/" + draft + "\"")))
			.andExpect(content().string(not(containsString("/manage/news/" + ofOther + "\""))));
		mvc.perform(get("/manage/news/" + ofOther).with(signedIn(secretary(omb)))).andExpect(status().isForbidden());
		mvc.perform(get("/manage/news/new").with(signedIn("PARTICIPANT"))).andExpect(status().isForbidden());
		mvc.perform(get("/manage/news")).andExpect(status().is3xxRedirection());
	}

	@Test
	void theSecretaryWritesAndPublishesAnItemAndBadInputIsRefusedOnThePage() throws Exception {
		mvc.perform(post("/manage/news").with(signedIn(secretary(omb))).with(csrf())
			.param("associationId", String.valueOf(omb.id()))
			.param("titleKy", " ")
			.param("titleRu", "Только по-русски"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Кыргызча аталышы милдеттүү.")));
		mvc.perform(post("/manage/news").with(signedIn(secretary(omb))).with(csrf())
			.param("titleKy", "Порталга"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Жаңылык кайсы ОМБ үчүн экенин тандаңыз.")));

		String location = mvc.perform(post("/manage/news").with(signedIn(secretary(omb))).with(csrf())
			.param("associationId", String.valueOf(omb.id()))
			.param("titleKy", "Жаңы семинар " + marker)
			.param("bodyKy", "<p>Күн тартиби<script>alert(1)</script></p>"))
			.andExpect(redirectedUrlPattern("/manage/news/*"))
			.andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		assertThat(as(secretary(omb), () -> news.forEditing(id).body().ky())).isEqualTo("<p>Күн тартиби</p>");

		mvc.perform(post("/manage/news/" + id + "/schedule").with(signedIn(secretary(omb))).with(csrf())
			.param("version", "0")
			.param("publishAt", "2020-01-01T10:00"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Жарыялоо убактысы келечекте болушу керек.")));
		mvc.perform(post("/manage/news/" + id + "/publish").with(signedIn(secretary(omb))).with(csrf())
			.param("version", "7"))
			.andExpect(status().isConflict());
		assertThat(as(secretary(omb), () -> news.forEditing(id).status())).isEqualTo(NewsStatus.DRAFT);

		MockMultipartFile program = new MockMultipartFile("file", "setup.pdf", "application/pdf",
				SampleFiles.windowsExecutable());
		mvc.perform(multipart("/manage/news/" + id + "/attachments").file(program).with(signedIn(secretary(omb)))
			.with(csrf())
			.param("version", "0"))
			.andExpect(status().isUnprocessableContent());
		assertThat(as(secretary(omb), () -> news.forEditing(id).attachments())).isEmpty();

		mvc.perform(post("/manage/news/" + id + "/publish").with(signedIn(secretary(omb))).with(csrf())
			.param("version", "0"))
			.andExpect(redirectedUrl("/manage/news/" + id));
		mvc.perform(get("/news/" + id)).andExpect(status().isOk());

		mvc.perform(post("/manage/news/" + id + "/withdraw").with(signedIn(secretary(omb))).with(csrf())
			.param("version", String.valueOf(as(secretary(omb), () -> news.forEditing(id).version())))
			.param("reason", ""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Кайтарып алуунун себебин жазыңыз.")));
		mvc.perform(get("/news/" + id)).andExpect(status().isOk());
	}

	private long create(long associationId, String title) {
		return news.create(associationId, LocalizedText.of(title, "Новость " + title, "News " + title),
				LocalizedText.of("<p>Семинар " + marker + "</p>", "<p>Семинар</p>", null));
	}

	private RequestPostProcessor signedIn(String role) {
		List<SimpleGrantedAuthority> authorities = role.contains("@")
				? List.of(new SimpleGrantedAuthority(role),
						new SimpleGrantedAuthority("ROLE_" + role.substring(0, role.indexOf('@'))))
				: List.of(new SimpleGrantedAuthority("ROLE_" + role));
		return authentication(UsernamePasswordAuthenticationToken.authenticated(
				new TestAccount(accountId, "account" + accountId + "@omb.test", "Катчы"), null, authorities));
	}

	private static String secretary(Omb omb) {
		return "OMB_SECRETARY@ASSOCIATION:" + omb.id();
	}

	private <T> T as(String role, Supplier<T> work) {
		return TestAccount.runAs(accountId, role, work);
	}

}
