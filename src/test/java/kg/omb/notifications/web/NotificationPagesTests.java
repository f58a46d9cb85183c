package kg.omb.notifications.web;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import kg.omb.notifications.Notice;
import kg.omb.notifications.Notifications;
import kg.omb.notifications.TestAccounts;
import kg.omb.notifications.TestNotices;
import kg.omb.shared.LocalizedText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import kg.omb.support.WithAccount;

@SpringBootTest
@AutoConfigureMockMvc
@Import(TestNotices.class)
class NotificationPagesTests {

	static final long ME = 5001;

	static final long SOMEONE_ELSE = 5002;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Notifications notifications;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void twoPeopleWithoutNotifications() {
		TestAccounts.ensure(jdbc, ME, "Test Person", "ru");
		TestAccounts.ensure(jdbc, SOMEONE_ELSE, "Someone Else", "ky");
		jdbc.update("delete from notification where account_id in (?, ?)", ME, SOMEONE_ELSE);
	}

	@Test
	@WithAccount(ME)
	void theBellShowsTheUnreadCountWithALabelInEachLanguage() {
		notifyDraft(ME, "Бир", "Один", "One");
		notifyDraft(ME, "Эки", "Два", "Two");
		notifyDraft(SOMEONE_ELSE, "Башка", "Чужое", "Other");

		assertThat(bell("en")).hasStatusOk()
			.bodyText()
			.contains("2 unread notifications")
			.contains("notification-count")
			.doesNotContain("<html");
		assertThat(bell("ru")).bodyText().contains("Непрочитанных уведомлений: 2");
		assertThat(bell("ky")).bodyText().contains("Окула элек билдирмелер: 2");
	}

	@Test
	@WithAccount(ME)
	void withNothingUnreadTheBellShowsNoBadge() {
		assertThat(bell("en")).hasStatusOk()
			.bodyText()
			.contains("No unread notifications")
			.doesNotContain("notification-count");
	}

	@Test
	@WithAccount(ME)
	void theListShowsNewestFirstInTheLanguageOfThePage() throws Exception {
		notifyDraft(ME, "Биринчи", "Первый", "First");
		notifyDraft(ME, "Экинчи", "Второй", "Second");

		String english = mvc.get().uri("/notifications?lang=en").exchange().getResponse().getContentAsString();
		assertThat(english).contains("<html lang=\"en\"")
			.contains("Draft open for discussion: Second")
			.contains("Public discussion is open until");
		assertThat(english.indexOf("Draft open for discussion: Second"))
			.isLessThan(english.indexOf("Draft open for discussion: First"));

		assertThat(mvc.get().uri("/notifications?lang=ru")).bodyText()
			.contains("Проект вынесен на обсуждение: Второй")
			.contains("Проект вынесен на обсуждение: Первый")
			.contains("href=\"/documents/7\"");
	}

	@Test
	@WithAccount(ME)
	void anHtmxRequestGetsTheListWithoutTheLayout() {
		notifyDraft(ME, "Бир", "Один", "One");

		assertThat(mvc.get().uri("/notifications").header("HX-Request", "true")).hasStatusOk()
			.bodyText()
			.contains("id=\"notification-list\"")
			.contains("Долбоор талкууга коюлду: Бир")
			.doesNotContain("<html")
			.doesNotContain("omb-navbar");
	}

	@Test
	@WithAccount(ME)
	void theLayoutLoadsTheBellForASignedInPerson() {
		assertThat(mvc.get().uri("/notifications")).bodyText()
			.contains("id=\"notifications-bell\"")
			.contains("hx-get=\"/notifications/bell\"")
			.contains("hx-trigger=\"load, every 60s, notifications-changed from:body\"");
	}

	@Test
	void anAnonymousVisitorHasNoBellAndIsSentToSignIn() {
		assertThat(mvc.get().uri("/")).bodyText().doesNotContain("notifications-bell");
		assertThat(mvc.get().uri("/notifications").accept(MediaType.TEXT_HTML)).hasStatus3xxRedirection()
			.redirectedUrl()
			.endsWith("/login");
		assertThat(mvc.get().uri("/notifications/bell").header("HX-Request", "true")).hasStatus(401)
			.headers()
			.hasValue("HX-Redirect", "/login");
		assertThat(mvc.post().uri("/notifications/read-all").with(csrf()).accept(MediaType.TEXT_HTML))
			.hasStatus3xxRedirection()
			.redirectedUrl()
			.endsWith("/login");
	}

	@Test
	@WithAccount(ME)
	void markingANotificationReadWithHtmxSwapsTheItemAndRefreshesTheBell() {
		notifyDraft(ME, "Бир", "Один", "One");
		long id = idsOf(ME).get(0);

		assertThat(mvc.post().uri("/notifications/{id}/read", id).header("HX-Request", "true").with(csrf()))
			.hasStatusOk()
			.hasHeader("HX-Trigger", "notifications-changed")
			.bodyText()
			.contains("id=\"notification-" + id + "\"")
			.contains("notification-read")
			.doesNotContain("<html");
		assertThat(unread(ME)).isZero();
	}

	@Test
	@WithAccount(ME)
	void markingANotificationReadWorksWithoutJavaScript() {
		notifyDraft(ME, "Бир", "Один", "One");
		long id = idsOf(ME).get(0);

		assertThat(mvc.post().uri("/notifications/{id}/read", id).param("page", "0").with(csrf()))
			.hasStatus3xxRedirection()
			.redirectedUrl()
			.isEqualTo("/notifications?page=0");
		assertThat(unread(ME)).isZero();
	}

	@Test
	@WithAccount(ME)
	void nobodyCanMarkAnotherPersonsNotification() {
		notifyDraft(SOMEONE_ELSE, "Башка", "Чужое", "Other");
		long theirs = idsOf(SOMEONE_ELSE).get(0);

		assertThat(mvc.post().uri("/notifications/{id}/read", theirs).with(csrf()).accept(MediaType.TEXT_HTML)
			.header("Accept-Language", "ru"))
			.hasStatus(404)
			.bodyText()
			.contains("В вашем списке нет такого уведомления.");
		assertThat(unread(SOMEONE_ELSE)).isEqualTo(1);
	}

	@Test
	@WithAccount(ME)
	void markingAllReadLeavesOtherPeoplesNotificationsAlone() {
		notifyDraft(ME, "Бир", "Один", "One");
		notifyDraft(ME, "Эки", "Два", "Two");
		notifyDraft(SOMEONE_ELSE, "Башка", "Чужое", "Other");

		assertThat(mvc.post().uri("/notifications/read-all").with(csrf())).hasStatus3xxRedirection()
			.flash()
			.containsEntry("flash", "notifications.all-marked-read");
		assertThat(unread(ME)).isZero();
		assertThat(unread(SOMEONE_ELSE)).isEqualTo(1);
	}

	@Test
	@WithAccount(ME)
	void markingAllReadWithHtmxRedrawsTheList() {
		notifyDraft(ME, "Бир", "Один", "One");

		assertThat(mvc.post().uri("/notifications/read-all").header("HX-Request", "true").with(csrf()))
			.hasStatusOk()
			.hasHeader("HX-Trigger", "notifications-changed")
			.bodyText()
			.contains("id=\"notification-list\"")
			.contains("notification-read")
			.doesNotContain("notification-unread");
	}

	@Test
	@WithAccount(ME)
	void theListIsPaged() throws Exception {
		for (int i = 1; i <= 23; i++) {
			notifyDraft(ME, "№" + i, "№" + i, "No. " + i);
		}

		String first = mvc.get().uri("/notifications?lang=en").exchange().getResponse().getContentAsString();
		assertThat(first).contains("Page 1 of 2").contains("No. 23").doesNotContain("No. 3<");
		assertThat(first.split("class=\"list-group-item notification ", -1)).hasSize(21);

		assertThat(mvc.get().uri("/notifications?lang=en&page=1")).bodyText()
			.contains("Page 2 of 2")
			.contains("No. 3<")
			.doesNotContain("No. 23");
		assertThat(mvc.get().uri("/notifications?lang=en&page=40")).bodyText()
			.as("a page past the end shows the last")
			.contains("Page 2 of 2")
			.contains("No. 3<");
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult bell(String language) {
		return mvc.get().uri("/notifications/bell").header("HX-Request", "true").header("Accept-Language", language)
			.exchange();
	}

	private void notifyDraft(long accountId, String ky, String ru, String en) {
		notifications.notify(accountId,
				Notice.of("discussion", TestNotices.DRAFT_TITLE, TestNotices.DRAFT_BODY, LocalizedText.of(ky, ru, en),
						java.time.Instant.parse("2026-03-10T12:00:00Z"))
					.withLink("/documents/7"));
	}

	private List<Long> idsOf(long accountId) {
		return jdbc.queryForList("select id from notification where account_id = ? order by id", Long.class,
				accountId);
	}

	private int unread(long accountId) {
		Integer count = jdbc.queryForObject(
				"select count(*) from notification where account_id = ? and read_at is null", Integer.class,
				accountId);
		return count == null ? 0 : count;
	}

}
