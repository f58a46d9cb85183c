package kg.omb.reports;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import kg.omb.association.AssociationFixture;
import kg.omb.association.AssociationFixture.Omb;
import kg.omb.association.domain.MemberDetails;
import kg.omb.association.domain.MemberRole;
import kg.omb.association.domain.StakeholderKind;
import kg.omb.directory.Region;
import kg.omb.documents.DocumentKind;
import kg.omb.documents.Documents;
import kg.omb.documents.NewDocument;
import kg.omb.reports.load.ActivityKind;
import kg.omb.reports.load.LoadNorms;
import kg.omb.reports.load.LoadStatement;
import kg.omb.reports.load.NormService;
import kg.omb.reports.load.StatementService;
import kg.omb.shared.DomainException;
import kg.omb.shared.LocalizedText;
import kg.omb.support.AdjustableClock;
import kg.omb.support.TestAccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A member's teaching-load statement of the academic year 2025–2026 against work written by hand into the other
 * modules' tables: 3 reviews (2 for their OMB at 4 h, 1 for another OMB whose authority set no norm), 2 meetings
 * attended at 2 h (not the one they missed, the cancelled one or the one of the year before), 2 documents drafted at
 * 10 h (as a working-group participant and as the creator; not one still in drafting or drafted the year before)
 * and 1 working-group task at 6.5 h: 38.5 hours. The norms of 2025 count, not those of 2024 or 2026, nor the hours
 * the review module stored. Each role sees what it may, and the PDF holds the figures and the Kyrgyz letters.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ AssociationFixture.class, AdjustableClock.Configuration.class })
class TeachingLoadTests {

	static final Instant TODAY = Instant.parse("2026-06-15T06:00:00Z");

	@Autowired
	AssociationFixture fixture;

	@Autowired
	StatementService statements;

	@Autowired
	NormService norms;

	@Autowired
	Documents documents;

	@Autowired
	AdjustableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	Omb omb;

	Omb other;

	long member;

	String name;

	@BeforeEach
	void aMemberWithAYearOfWork() {
		clock.set(Instant.parse("2025-08-25T06:00:00Z"));
		omb = fixture.standardOmb(Region.CHUY);
		other = fixture.standardOmb(Region.NARYN);
		name = "Ңурбүбү Өмүрбекова " + omb.n();
		member = fixture.account(name);
		fixture.asAdministrator(() -> fixture.member(omb.id(), new MemberDetails(name, null, member,
				omb.baseOrganizationId(), "Доцент", StakeholderKind.ACADEMIC_STAFF, null, MemberRole.MEMBER, null)));
		long group = fixture.workingGroupWith(omb, member, name);
		long groupDocument = draft("Топтун стандарты " + omb.n());
		long ownDocument = draft("Өз колдонмосу " + omb.n());
		long stillDrafting = draft("Бүтө элек долбоор " + omb.n());
		long earlier = draft("Былтыркы долбоор " + omb.n());
		clock.set(TODAY);

		asOfficer(omb, () -> norms.save(omb.authorityId(), 2024, null, hours("3", "1", "8", "5")));
		asOfficer(omb, () -> norms.save(omb.authorityId(), 2025, null, hours("4", "2", "10", "6.5")));
		asOfficer(omb, () -> norms.save(omb.authorityId(), 2026, null, hours("100", "100", "100", "100")));

		MemberWork work = new MemberWork(jdbc, member, name);
		work.review(omb.id(), "Жабык экспертиза " + omb.n(), "SINGLE_BLIND", Instant.parse("2025-12-01T06:00:00Z"));
		work.review(other.id(), "Башка ОМБнын экспертизасы " + omb.n(), "OPEN", Instant.parse("2026-01-20T06:00:00Z"));
		work.review(omb.id(), "Ачык экспертиза " + omb.n(), "OPEN", Instant.parse("2026-03-15T06:00:00Z"));
		work.review(omb.id(), "Былтыркы экспертиза " + omb.n(), "OPEN", Instant.parse("2025-06-01T06:00:00Z"));

		YearOfActivity year = new YearOfActivity(jdbc, omb.id());
		work.attended(year.meeting("Жылдын биринчи жыйыны", LocalDate.of(2025, 9, 1), "CLOSED"), "IN_PERSON");
		work.attended(year.meeting("Онлайн жыйын", LocalDate.of(2026, 2, 10), "CLOSED"), "ONLINE");
		work.attended(year.meeting("Катышпаган жыйын", LocalDate.of(2026, 3, 10), "CLOSED"), "ABSENT");
		work.attended(year.meeting("Жокко чыгарылган жыйын", LocalDate.of(2026, 4, 1), "CANCELLED"), "IN_PERSON");
		work.attended(year.meeting("Былтыркы жыйын", LocalDate.of(2025, 8, 31), "CLOSED"), "IN_PERSON");

		work.draftedBy(groupDocument, group);
		work.leftDrafting(groupDocument, "PUBLIC_DISCUSSION", Instant.parse("2025-11-05T06:00:00Z"));
		work.created(ownDocument);
		work.leftDrafting(ownDocument, "EXPERT_REVIEW", Instant.parse("2026-05-20T06:00:00Z"));
		work.draftedBy(stillDrafting, group);
		work.draftedBy(earlier, group);
		work.leftDrafting(earlier, "PUBLIC_DISCUSSION", Instant.parse("2025-08-30T06:00:00Z"));
		work.completed(group, LocalDate.of(2026, 6, 1));
	}

	@Test
	void theMemberSeesEveryActivityOfTheYearWithTheNormsOfThatYear() {
		LoadStatement statement = TestAccount.runAs(member, "OMB_MEMBER@ASSOCIATION:" + omb.id(),
				() -> statements.mine(2025));
		assertThat(statement.personName()).isEqualTo(name);
		assertThat(statement.year().label()).isEqualTo("2025–2026");
		assertThat(statement.partial()).isFalse();
		assertThat(statement.lines()).extracting(line -> line.on() + " " + line.kind() + " "
				+ (line.subject() == null ? "?" : line.subject().ky()) + " " + hours(line.hours()))
			.containsExactly("2025-09-01 MEETING Жылдын биринчи жыйыны 2",
					"2025-11-05 DOCUMENT Топтун стандарты " + omb.n() + " 10",
					"2025-12-01 REVIEW Жабык экспертиза " + omb.n() + " 4",
					"2026-01-20 REVIEW Башка ОМБнын экспертизасы " + omb.n() + " —",
					"2026-02-10 MEETING Онлайн жыйын 2",
					"2026-03-15 REVIEW Ачык экспертиза " + omb.n() + " 4",
					"2026-05-20 DOCUMENT Өз колдонмосу " + omb.n() + " 10",
					"2026-06-01 WORKING_GROUP_TASK Стандарт тобу " + omb.n() + " 6.5");
		assertThat(statement.lines().get(7).detail()).isEqualTo("МББС долбоорун даярдоо");
		assertThat(statement.totals()).extracting(t -> t.kind() + ":" + t.count() + ":" + hours(t.hours()))
			.containsExactly("REVIEW:3:8", "MEETING:2:4", "DOCUMENT:2:20", "WORKING_GROUP_TASK:1:6.5");
		assertThat(statement.totalHours()).isEqualByComparingTo("38.5");
		assertThat(statement.withoutNorm()).isTrue();
	}

	@Test
	void theChairTheSecretaryAndTheAuthoritySeeTheWorkInTheirOmbOnly() {
		for (String role : List.of("OMB_CHAIR@ASSOCIATION:" + omb.id(), "OMB_SECRETARY@ASSOCIATION:" + omb.id(),
				"AUTHORITY_OFFICER@AUTHORITY:" + omb.authorityId())) {
			LoadStatement seen = TestAccount.runAs(92_001, role, () -> statements.statement(member, 2025));
			assertThat(seen.partial()).as(role).isTrue();
			assertThat(seen.lines()).as(role).hasSize(7).allSatisfy(line -> assertThat(line.associationId())
				.isEqualTo(omb.id()));
			assertThat(seen.total(ActivityKind.REVIEW).count()).as(role).isEqualTo(2);
			assertThat(seen.totalHours()).as(role).isEqualByComparingTo("38.5");
			assertThat(seen.withoutNorm()).as(role).isFalse();
		}
		LoadStatement byChair = TestAccount.runAs(92_001, "OMB_CHAIR@ASSOCIATION:" + omb.id(),
				() -> statements.statement(member, 2025));
		assertThat(byChair.lines().get(2).subject()).isNotNull();
		// the officer is no organiser of the blind review: its subject is left out
		LoadStatement byOfficer = TestAccount.runAs(92_002, "AUTHORITY_OFFICER@AUTHORITY:" + omb.authorityId(),
				() -> statements.statement(member, 2025));
		assertThat(byOfficer.lines().get(2).kind()).isEqualTo(ActivityKind.REVIEW);
		assertThat(byOfficer.lines().get(2).subject()).isNull();
		assertThat(byOfficer.lines().get(4).subject().ky()).isEqualTo("Ачык экспертиза " + omb.n());

		LoadStatement byAdministrator = TestAccount.runAs(92_003, "ADMIN", () -> statements.statement(member, 2025));
		assertThat(byAdministrator.lines()).hasSize(8);
		assertThat(byAdministrator.partial()).isFalse();
	}

	@Test
	void everyOtherRoleIsRefused() {
		for (String role : Set.of("OMB_MEMBER@ASSOCIATION:" + omb.id(), "OMB_CHAIR@ASSOCIATION:" + other.id(),
				"OMB_SECRETARY@ASSOCIATION:" + other.id(), "AUTHORITY_OFFICER@AUTHORITY:" + other.authorityId(),
				"EXPERT@PLATFORM", "COUNCIL_MEMBER@COUNCIL:1", "PARTICIPANT")) {
			assertThatThrownBy(() -> TestAccount.runAs(92_004, role, () -> statements.statement(member, 2025)))
				.as(role).isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> TestAccount.runAs(92_004, role, () -> statements.pdf(member, 2025,
					java.util.Locale.forLanguageTag("ky")))).as(role).isInstanceOf(AccessDeniedException.class);
		}
		for (String role : Set.of("OMB_MEMBER@ASSOCIATION:" + omb.id(), "OMB_CHAIR@ASSOCIATION:" + other.id(),
				"AUTHORITY_OFFICER@AUTHORITY:" + other.authorityId())) {
			assertThatThrownBy(() -> TestAccount.runAs(92_004, role, () -> statements.members(omb.id()))).as(role)
				.isInstanceOf(AccessDeniedException.class);
		}
		assertThat(TestAccount.runAs(92_005, "OMB_CHAIR@ASSOCIATION:" + omb.id(), () -> statements.members(omb.id()))
			.members()).extracting(m -> m.personName()).contains(name);
	}

	@Test
	void aYearOutOfRangeIsRefusedWithAMessage() {
		assertThatThrownBy(() -> TestAccount.runAs(member, "PARTICIPANT", () -> statements.mine(2027)))
			.isInstanceOf(DomainException.class).hasMessageContaining("load.error.year");
		assertThatThrownBy(() -> TestAccount.runAs(member, "PARTICIPANT", () -> statements.mine(1999)))
			.isInstanceOf(DomainException.class).hasMessageContaining("load.error.year");
		LoadStatement before = TestAccount.runAs(member, "PARTICIPANT", () -> statements.mine(2024));
		assertThat(before.lines()).extracting(line -> line.on() + " " + line.kind() + " " + hours(line.hours()))
			.containsExactly("2025-06-01 REVIEW 3", "2025-08-30 DOCUMENT 8", "2025-08-31 MEETING 1");
	}

	@Test
	void thePdfHoldsTheActivitiesTheTotalsAndTheKyrgyzLetters() throws Exception {
		String ky = text(mvc.perform(get("/account/teaching-load/pdf?year=2025&lang=ky").with(as(member, "PARTICIPANT")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
		assertThat(ky).contains("Окуу жүктөмү жөнүндө маалымкат", name, "2025–2026", "01.09.2025",
				"Жыйынга катышуу", "Жылдын биринчи жыйыны", "Топтун стандарты " + omb.n(), "Документти иштеп чыгуу",
				"Чыгармачыл топтун тапшырмасы", "Стандарт тобу " + omb.n() + ": МББС долбоорун даярдоо",
				"Экспертиза 3 8", "Жыйынга катышуу 2 4", "Документти иштеп чыгуу 2 20",
				"Чыгармачыл топтун тапшырмасы 1 6.5", "Бардыгы, саат 8 38.5", "Экономика ОМБ " + omb.n())
			.doesNotContain("Катышпаган жыйын", "Былтыркы", "Бүтө элек");
		String ru = text(mvc.perform(get("/manage/teaching-load/members/" + member + "/pdf?year=2025&lang=ru")
			.with(as(92_006, "OMB_CHAIR@ASSOCIATION:" + omb.id()))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsByteArray());
		assertThat(ru).contains("Справка об учебной нагрузке", name, "Участие в заседании", "Всего, часов 7 38.5",
				"УМО по экономике " + omb.n()).doesNotContain("Башка ОМБнын");
	}

	@Test
	void thePagesShowTheStatementToWhoMaySeeIt() throws Exception {
		String mine = page("/account/teaching-load?year=2025", as(member, "PARTICIPANT"));
		assertThat(mine).contains(name, "2025–2026", "id=\"load-lines\"", "Жылдын биринчи жыйыны", "38.5",
				"/account/teaching-load/pdf?year=2025&amp;lang=ru");
		String list = page("/manage/teaching-load/omb/" + omb.id() + "?year=2025",
				as(92_007, "OMB_CHAIR@ASSOCIATION:" + omb.id()));
		assertThat(list).contains(name, "/manage/teaching-load/members/" + member + "?year=2025");
		assertThat(page("/manage/teaching-load/members/" + member + "?year=2025",
				as(92_007, "OMB_CHAIR@ASSOCIATION:" + omb.id()))).contains(name, "Онлайн жыйын")
			.doesNotContain("Башка ОМБнын");
		mvc.perform(get("/manage/teaching-load/members/" + member).with(as(92_008, "OMB_CHAIR@ASSOCIATION:"
				+ other.id()))).andExpect(status().isForbidden());
		mvc.perform(get("/manage/teaching-load/omb/" + omb.id()).with(as(92_008, "OMB_MEMBER@ASSOCIATION:"
				+ omb.id()))).andExpect(status().isForbidden());
		assertThat(mvc.perform(get("/account/teaching-load?year=2031").with(as(member, "PARTICIPANT")))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString())
			.contains("Окуу жылы 2000-жылдан 2026-жылга чейин башталышы керек.");
		mvc.perform(get("/account/teaching-load")).andExpect(status().is3xxRedirection());
	}

	long draft(String title) {
		return TestAccount.runAs(omb.chairAccountId(), "OMB_CHAIR@ASSOCIATION:" + omb.id(),
				() -> documents.createDraft(new NewDocument(omb.id(), null, DocumentKind.STATE_STANDARD_HIGHER,
						LocalizedText.of(title, null, null), Set.of(omb.codes().direction()), Set.of("BACHELOR"),
						null)))
			.id();
	}

	String page(String path, RequestPostProcessor who) throws Exception {
		return mvc.perform(get(path).with(who)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	static LoadNorms.Hours hours(String review, String meeting, String document, String task) {
		return new LoadNorms.Hours(new BigDecimal(review), new BigDecimal(meeting), new BigDecimal(document),
				new BigDecimal(task));
	}

	static String hours(BigDecimal hours) {
		return hours == null ? "—" : hours.stripTrailingZeros().toPlainString();
	}

	static <T> T asOfficer(Omb omb, Supplier<T> work) {
		return TestAccount.runAs(93_000 + omb.n(), "AUTHORITY_OFFICER@AUTHORITY:" + omb.authorityId(), work);
	}

	static RequestPostProcessor as(long accountId, String role) {
		var principal = new TestAccount(accountId, "account" + accountId + "@omb.test", "account " + accountId);
		List<SimpleGrantedAuthority> authorities = role.contains("@")
				? List.of(new SimpleGrantedAuthority(role),
						new SimpleGrantedAuthority("ROLE_" + role.substring(0, role.indexOf('@'))))
				: List.of(new SimpleGrantedAuthority("ROLE_" + role));
		return authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
	}

	static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

}
