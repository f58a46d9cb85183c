package kg.omb.browser;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import kg.omb.association.AssociationFixture;
import kg.omb.association.AssociationFixture.Omb;
import kg.omb.association.domain.MemberDetails;
import kg.omb.association.domain.MemberRole;
import kg.omb.association.domain.StakeholderKind;
import kg.omb.directory.Region;
import kg.omb.documents.DocumentKind;
import kg.omb.documents.DocumentView;
import kg.omb.documents.Documents;
import kg.omb.documents.NewDocument;
import kg.omb.shared.Bishkek;
import kg.omb.shared.LocalizedText;
import kg.omb.support.AdjustableClock;
import kg.omb.support.BrowserAccounts;
import kg.omb.support.BrowserTest;
import kg.omb.support.TestAccount;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A meeting of an OMB from the secretary's invitation to the public decision, in the browser: the secretary
 * schedules an online meeting with an agenda item on a draft and opens it; the members and the chair mark their
 * attendance; the quorum of more than half is reached and shown; the secretary opens the vote, the members vote,
 * the secretary closes it and the meeting; the secretary and then the chair sign the minutes, the chair publishes
 * them; a visitor finds the decision on {@code /decisions}, linked to the draft and its version, and its minutes.
 */
@Import({ AssociationFixture.class, AdjustableClock.Configuration.class })
class MeetingJourneyBrowserTests extends BrowserTest {

	static final String PASSWORD = "Ала-Тоо-жыйын-2026";

	@Autowired
	AssociationFixture fixture;

	@Autowired
	Documents documents;

	@Autowired
	AdjustableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void anOnlineMeetingReachesQuorumVotesAndItsDecisionIsPublishedLinkedToTheDraft() {
		Omb omb = fixture.standardOmb(Region.OSH_CITY);
		var accounts = new BrowserAccounts(jdbc, passwordEncoder, "meeting.example.kg", PASSWORD);
		int n = omb.n();
		String secretary = accounts.create("secretary" + n, "Катчы Жумабаева", "OMB_SECRETARY", "ASSOCIATION",
				omb.id(), clock.instant());
		List<String> members = List.of("Айбек Мамытов", "Гүлзат Өмүрова", "Нурлан Үсөнов")
			.stream()
			.map(name -> member(accounts, omb, name))
			.toList();
		String chair = accounts.withPassword(omb.chairAccountId());
		DocumentView draft = TestAccount.runAs(omb.chairAccountId(), "OMB_CHAIR@ASSOCIATION:" + omb.id(),
				() -> documents.createDraft(new NewDocument(omb.id(), null, DocumentKind.STATE_STANDARD_HIGHER,
						LocalizedText.of("Жыйындагы МББС долбоору " + n, null, null), Set.of(omb.codes().direction()),
						Set.of("BACHELOR"), null)));

		signIn(secretary, PASSWORD);
		page.navigate(url("/manage/meetings"));
		page.locator("#meeting-omb").selectOption(String.valueOf(omb.id()));
		page.locator("#meeting-title").fill("Окуу-методикалык жыйын " + n);
		LocalDate day = Bishkek.today(clock).plusDays(7);
		page.locator("#meeting-starts").fill(day + "T10:00");
		page.locator("#meeting-link").fill("https://meet.example.kg/omb-" + n);
		page.locator("#schedule-meeting button[type=submit]").click();
		page.waitForURL("**/manage/meetings/*");
		String meeting = page.url().substring(page.url().indexOf("/manage/meetings/"));
		assertThat(page.locator("main").innerText()).contains("https://meet.example.kg/omb-" + n, "Кворум жок");

		page.locator("#item-title").fill("МББС долбоорун талкуулоо");
		page.locator("#item-document").selectOption(String.valueOf(draft.id()));
		page.locator("#item-proposal").fill("Долбоорду колдоп, бекитүүгө сунуштоо.");
		page.locator("#agenda-form button[type=submit]").click();
		assertThat(page.locator("#agenda").innerText()).contains("МББС долбоорун талкуулоо",
				"Жыйындагы МББС долбоору " + n);
		page.locator("#meeting-actions form[action$='/open'] button").click();
		assertThat(page.locator("#meeting-status").innerText()).isEqualTo("Жүрүп жатат");
		signOut();

		for (String person : List.of(members.get(0), members.get(1), members.get(2), chair)) {
			signIn(person, PASSWORD);
			page.navigate(url(meeting));
			page.locator("#my-part button[name=attendance][value=ONLINE]").click();
			page.locator("#done").waitFor();
			signOut();
		}

		signIn(secretary, PASSWORD);
		page.navigate(url(meeting));
		assertThat(page.locator("#quorum-reached").isVisible()).isTrue();
		assertThat(page.locator("#quorum").innerText()).contains("4 / 6");
		page.locator(".open-vote button[type=submit]").click();
		signOut();

		for (String member : members) {
			signIn(member, PASSWORD);
			page.navigate(url(meeting));
			page.locator(".cast-vote button[value=FOR]").click();
			assertThat(page.locator(".cast-vote").count()).isZero();
			signOut();
		}

		signIn(secretary, PASSWORD);
		page.navigate(url(meeting));
		assertThat(page.locator(".vote").first().innerText()).contains("макул 3, каршы 0, калыс 0");
		page.locator(".vote form[action$='/vote/close'] button").click();
		page.locator("#meeting-actions form[action$='/close'] button").click();
		page.locator("#minutes form[action$='/minutes/sign'] button").click();
		assertThat(page.locator("#minutes").innerText()).contains("Катчы Жумабаева");
		signOut();

		signIn(chair, PASSWORD);
		page.navigate(url(meeting));
		page.locator("#minutes form[action$='/minutes/sign'] button").click();
		page.locator("#minutes form[action$='/minutes/publish'] button").click();
		assertThat(page.locator("#minutes .badge").innerText()).isEqualTo("жарыяланды");
		signOut();

		page.navigate(url("/decisions?omb=" + omb.id()));
		page.locator("main a", new Page.LocatorOptions().setHasText("МББС долбоорун талкуулоо"))
			.first()
			.click();
		page.waitForURL("**/decisions/*");
		String decision = page.locator("main").innerText();
		assertThat(decision).contains("Долбоорду колдоп, бекитүүгө сунуштоо.", "Бул чечим ОМБнын сунуштамасы",
				"Жыйындагы МББС долбоору " + n, "1-версия", "6 мүчөнүн 4 катышты", "Окуу-методикалык жыйын " + n);
		assertThat(page.locator("main a[href='/documents/" + draft.id() + "']").count()).isPositive();
	}

	/** A member of the OMB with an account of their own, who signs in with the journey's password. */
	private String member(BrowserAccounts accounts, Omb omb, String name) {
		String email = accounts.create("member" + AssociationFixture.unique(), name, null, null, null, clock.instant());
		long account = accounts.id(email);
		fixture.asAdministrator(() -> fixture.member(omb.id(), new MemberDetails(name, null, account,
				omb.baseOrganizationId(), "Доцент", StakeholderKind.ACADEMIC_STAFF, null, MemberRole.MEMBER, null)));
		return email;
	}

}
