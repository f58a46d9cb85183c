package kg.omb.reports;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
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
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import kg.omb.association.AssociationFixture;
import kg.omb.association.AssociationFixture.Omb;
import kg.omb.directory.Region;
import kg.omb.documents.DocumentKind;
import kg.omb.documents.DocumentStatus;
import kg.omb.documents.DocumentView;
import kg.omb.documents.Documents;
import kg.omb.documents.NewDocument;
import kg.omb.reports.domain.OmbPerformance;
import kg.omb.reports.domain.Oversight;
import kg.omb.reports.domain.ReportData;
import kg.omb.reports.domain.ReportDetails;
import kg.omb.reports.domain.ReportService;
import kg.omb.search.Facet;
import kg.omb.search.PublicContent;
import kg.omb.search.SearchResults;
import kg.omb.shared.DomainException;
import kg.omb.shared.LocalizedText;
import kg.omb.shared.NotFoundException;
import kg.omb.support.AdjustableClock;
import kg.omb.support.TestAccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The annual report of an OMB against a year written by hand into the other modules' tables: every figure as
 * written (plan 4 items, 2 done, 1 overdue; 3 meetings held, 1 cancelled, 3 decisions; 2 documents, 1 discussion;
 * 3 reviews asked, 1 decided, 1 overdue; 1 event with 2 who came; 1 joined, 1 left), nothing of the year before or
 * of events to come; the chair writes, approves and publishes, the figures are kept as published, the portal
 * lists and finds it, its PDF holds the figures and the Kyrgyz letters; every other role is refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ AssociationFixture.class, AdjustableClock.Configuration.class })
class ReportsTests {

	static final Instant TODAY = Instant.parse("2026-12-02T06:00:00Z");

	@Autowired
	AssociationFixture fixture;

	@Autowired
	ReportService reports;

	@Autowired
	Oversight oversight;

	@Autowired
	Documents documents;

	@Autowired
	PublicContent content;

	@Autowired
	AdjustableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	Omb omb;

	@BeforeEach
	void anOmbWithAYearOfActivity() {
		clock.set(Instant.parse("2025-05-01T06:00:00Z"));
		omb = fixture.standardOmb(Region.CHUY);
		draft("Мурунку жылдын документи " + omb.n());
		clock.set(TODAY);
		YearOfActivity year = new YearOfActivity(jdbc, omb.id());
		long plan = year.plan(2026, true);
		year.planItem(plan, 1, "Стандартты талкуулоо", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 20));
		year.planItem(plan, 2, "Семинар өткөрүү", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 10));
		year.planItem(plan, 3, "Усулдук колдонмо", LocalDate.of(2026, 6, 1), null);
		year.planItem(plan, 4, "Жылдык отчет", LocalDate.of(2026, 12, 20), null);
		year.meeting("Биринчи жыйын", LocalDate.of(2026, 2, 10), "CLOSED", "Стандарт долбоорун жактыруу",
				"Семинар өткөрүү жөнүндө");
		year.meeting("Экинчи жыйын", LocalDate.of(2026, 6, 15), "CLOSED", "Колдонмону сунуштоо");
		year.meeting("Үчүнчү жыйын", LocalDate.of(2026, 10, 5), "CLOSED");
		year.meeting("Жокко чыгарылган жыйын", LocalDate.of(2026, 11, 1), "CANCELLED");
		year.meeting("Мурунку жыйын", LocalDate.of(2025, 11, 20), "CLOSED", "Мурунку чечим");
		year.event("Күзгү семинар", Instant.parse("2026-09-15T04:00:00Z"), 2, "Айгүл", "Бакыт", "Чолпон");
		year.event("Келерки семинар", Instant.parse("2026-12-10T04:00:00Z"), 0, "Айгүл");
		year.event("Былтыркы семинар", Instant.parse("2025-09-15T04:00:00Z"), 1, "Айгүл");
		year.review("Биринчи экспертиза", Instant.parse("2026-03-01T04:00:00Z"), LocalDate.of(2026, 4, 1),
				Instant.parse("2026-04-10T04:00:00Z"), "APPROVE");
		year.review("Кечиккен экспертиза", Instant.parse("2026-09-01T04:00:00Z"), LocalDate.of(2026, 11, 1), null,
				null);
		year.review("Жаңы экспертиза", Instant.parse("2026-11-20T04:00:00Z"), LocalDate.of(2026, 12, 30), null, null);
		year.review("Былтыркы экспертиза", Instant.parse("2025-10-01T04:00:00Z"), LocalDate.of(2025, 11, 1),
				Instant.parse("2025-12-01T04:00:00Z"), "REJECT");
		year.memberJoined("Жаңы Мүчө " + omb.n(), omb.baseOrganizationId(), omb.creationActId(),
				LocalDate.of(2026, 3, 1));
		year.memberLeft("Академик " + omb.n(), omb.creationActId(), LocalDate.of(2026, 7, 1));
		draft("Экономика боюнча МББС " + omb.n());
		DocumentView discussed = draft("Талкууланган долбоор " + omb.n());
		jdbc.update("update normative_document set status = 'PUBLIC_DISCUSSION', discussion_opened_on = ?,"
				+ " discussion_closes_on = ? where id = ?", java.sql.Date.valueOf(LocalDate.of(2026, 10, 1)),
				java.sql.Date.valueOf(LocalDate.of(2026, 11, 1)), discussed.id());
	}

	@Test
	void theReportShowsTheYearAsTheModulesHoldIt() {
		ReportData data = asChair(() -> reports.forReading(reports.open(omb.id(), 2026))).data();
		assertThat(data.year()).isEqualTo(2026);
		assertThat(data.compiledOn()).isEqualTo(LocalDate.of(2026, 12, 2));
		assertThat(data.work().planItems()).extracting(p -> p.activity() + ":" + p.done() + ":" + p.overdue())
			.containsExactly("Стандартты талкуулоо:true:false", "Семинар өткөрүү:true:false",
					"Усулдук колдонмо:false:true", "Жылдык отчет:false:false");
		assertThat(data.work().planCompletion()).isEqualTo(50);
		assertThat(data.work().meetings()).extracting(m -> m.title() + ":" + m.decisions())
			.containsExactly("Биринчи жыйын:2", "Экинчи жыйын:1", "Үчүнчү жыйын:0");
		assertThat(data.work().meetingsCancelled()).isEqualTo(1);
		assertThat(data.work().decisions()).extracting(d -> d.title())
			.containsExactly("Стандарт долбоорун жактыруу", "Семинар өткөрүү жөнүндө", "Колдонмону сунуштоо");
		assertThat(data.work().events()).extracting(e -> e.title() + ":" + e.attended())
			.containsExactly("Күзгү семинар:2");
		assertThat(data.documents()).extracting(d -> d.title().ky() + ":" + d.status() + ":" + d.discussedInYear())
			.containsExactlyInAnyOrder("Экономика боюнча МББС " + omb.n() + ":DRAFTING:false",
					"Талкууланган долбоор " + omb.n() + ":PUBLIC_DISCUSSION:true");
		assertThat(data.discussionsRun()).isEqualTo(1);
		assertThat(data.reviews().requested()).isEqualTo(3);
		assertThat(data.reviews().decided()).extracting(r -> r.title().ky() + ":" + r.decision() + ":" + r.decidedOn())
			.containsExactly("Биринчи экспертиза:APPROVE:2026-04-10");
		assertThat(data.reviews().overdue()).isEqualTo(1);
		assertThat(data.membershipChanges()).extracting(c -> c.personName() + ":" + c.joined() + ":" + c.on())
			.containsExactly("Жаңы Мүчө " + omb.n() + ":true:2026-03-01", "Академик " + omb.n() + ":false:2026-07-01");
		long current = jdbc.queryForObject("select count(*) from association_member where association_id = ?"
				+ " and ended_on is null", Long.class, omb.id());
		assertThat(data.membersNow()).isEqualTo((int) current).isPositive();
	}

	@Test
	void theChairWritesApprovesAndPublishesAndThePublishedFiguresStay() throws Exception {
		long id = asChair(() -> reports.open(omb.id(), 2026));
		assertThat(asChair(() -> reports.open(omb.id(), 2026))).isEqualTo(id);
		assertThatThrownBy(() -> asChair(() -> { reports.approve(id, 0); return null; }))
			.isInstanceOf(DomainException.class).hasMessageContaining("reports.error.narrative-missing");
		asChair(() -> { reports.editNarrative(id, 0, LocalizedText.of(
				"<p>Бирикменин жылдык иши: өнүгүү, үйрөнүү, миң аракет.</p><script>alert(1)</script>", null, null),
				LocalizedText.of("<p>Жыйынтыгында план жарымына аткарылды.</p>", "<p>План выполнен наполовину.</p>", null),
				LocalizedText.of("<p>Келерки жылы жаңы стандарттар.</p>", null, null)); return null; });
		ReportDetails written = asChair(() -> reports.forReading(id));
		assertThat(written.introduction().ky()).contains("миң аракет").doesNotContain("script");
		assertThatThrownBy(() -> asChair(() -> { reports.editNarrative(id, 0, LocalizedText.of("<p>эски</p>", null, null),
				written.conclusions(), written.plans()); return null; }))
			.isInstanceOf(ObjectOptimisticLockingFailureException.class);
		asChair(() -> { reports.approve(id, written.version()); return null; });
		assertThatThrownBy(() -> asChair(() -> { reports.editNarrative(id, written.version() + 1,
				written.introduction(), written.conclusions(), written.plans()); return null; }))
			.isInstanceOf(DomainException.class).hasMessageContaining("reports.error.not-draft");
		mvc.perform(get("/reports/" + id)).andExpect(status().isNotFound());
		asChair(() -> { reports.publish(id, written.version() + 1); return null; });

		// a decision recorded after publication does not change what was published
		new YearOfActivity(jdbc, omb.id()).meeting("Кеч жыйын", LocalDate.of(2026, 11, 25), "CLOSED", "Кеч чечим");
		ReportDetails published = reports.published(id);
		assertThat(published.data().work().decisions()).hasSize(3);
		assertThat(asChair(() -> reports.forReading(id)).data().work().decisions()).hasSize(3);

		String page = mvc.perform(get("/reports/" + id)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("Экономика ОМБ " + omb.n() + ": 2026-жылдагы ишмердүүлүгү жөнүндө отчет",
				"миң аракет", "Пункттар: 4, аткарылганы: 2, мөөнөтү өткөнү: 1.",
				"Өткөрүлгөн жыйындар: 3; жокко чыгарылганы: 1; кабыл алынган чечимдер: 3.",
				"Суралган экспертизалар: 3; чечим кабыл алынганы: 1; мөөнөтү өткөнү: 1.",
				"Жыл ичинде иштелген документтер: 2; коомдук талкуулар: 1.", "Азырынча жок: платформада грифтердин",
				"Өткөрүлгөн иш-чаралар: 1.", "катышкандар: 2", "Стандарт долбоорун жактыруу")
			.doesNotContain("Мурунку чечим", "Кеч чечим", "Былтыркы семинар", "<script>");
		assertThat(mvc.perform(get("/reports/" + id).param("lang", "ru")).andReturn().getResponse()
			.getContentAsString()).contains("УМО по экономике " + omb.n() + ": отчёт о деятельности за 2026 год",
					"План выполнен наполовину.", "Проведено заседаний: 3; отменено: 1; принято решений: 3.");

		SearchResults listed = content.newest(Map.of(Facet.TYPE, "report", Facet.ASSOCIATION,
				String.valueOf(omb.id())), Locale.forLanguageTag("ky"), 0, 10);
		assertThat(listed.hits()).extracting(SearchResults.Hit::path).containsExactly("/reports/" + id);
		assertThat(mvc.perform(get("/sections/reports")).andReturn().getResponse().getContentAsString())
			.contains("/reports/" + id, "href=\"/reports\"");
		assertThat(mvc.perform(get("/reports")).andReturn().getResponse().getContentAsString())
			.contains("/reports/" + id);
	}

	@Test
	void thePdfHoldsTheFiguresAndTheKyrgyzLetters() throws Exception {
		long id = published();
		byte[] pdf = mvc.perform(get("/reports/" + id + "/pdf").param("lang", "ky")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		String text = text(pdf);
		assertThat(text).contains("Экономика ОМБ " + omb.n() + ": 2026-жылдагы ишмердүүлүгү жөнүндө отчет",
				"өнүгүү, үйрөнүү, миң аракет", "Пункттар: 4, аткарылганы: 2, мөөнөтү өткөнү: 1.", "Аткарылышы: 50%.",
				"Өткөрүлгөн жыйындар: 3; жокко чыгарылганы: 1; кабыл алынган чечимдер: 3.",
				"Суралган экспертизалар: 3; чечим кабыл алынганы: 1; мөөнөтү өткөнү: 1.",
				"Учурдагы мүчөлөр:", "кошулганы: 1; чыкканы: 1.", "Усулдук колдонмо", "Мөөнөтү өттү",
				"Колдонмону сунуштоо", "Күзгү семинар", "Мүчөлүктөгү өзгөрүүлөр", "Келерки пландар");
		assertThat(text).doesNotContain("Мурунку чечим", "Былтыркы семинар", "Келерки семинар");
		assertThat(text(mvc.perform(get("/reports/" + id + "/pdf").param("lang", "en")).andReturn().getResponse()
			.getContentAsByteArray())).contains("Meetings held: 3; cancelled: 1; decisions taken: 3.");
	}

	@Test
	void onlyTheChairWritesApprovesAndPublishes() {
		long id = asChair(() -> reports.open(omb.id(), 2026));
		String secretary = "OMB_SECRETARY@ASSOCIATION:" + omb.id();
		assertThat(TestAccount.runAs(91_001, secretary, () -> reports.forReading(id)).status())
			.isEqualTo(ReportStatus.DRAFT);
		for (String role : Set.of(secretary, "OMB_MEMBER@ASSOCIATION:" + omb.id(), "EXPERT@PLATFORM",
				"AUTHORITY_OFFICER@AUTHORITY:" + omb.authorityId(), "COUNCIL_MEMBER@COUNCIL:1",
				"OMB_CHAIR@ASSOCIATION:" + (omb.id() + 1000))) {
			assertThatThrownBy(() -> TestAccount.runAs(91_002, role, () -> reports.open(omb.id(), 2025)))
				.as(role).isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> TestAccount.runAs(91_002, role, () -> {
				reports.editNarrative(id, 0, LocalizedText.of("<p>бөтөн</p>", null, null),
						LocalizedText.of("<p>бөтөн</p>", null, null), LocalizedText.of("<p>бөтөн</p>", null, null));
				return null;
			})).as(role).isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> TestAccount.runAs(91_002, role, () -> { reports.approve(id, 0); return null; }))
				.as(role).isInstanceOf(AccessDeniedException.class);
		}
		for (String role : Set.of("OMB_MEMBER@ASSOCIATION:" + omb.id(), "EXPERT@PLATFORM",
				"AUTHORITY_OFFICER@AUTHORITY:" + (omb.authorityId() + 1000),
				"OMB_CHAIR@ASSOCIATION:" + (omb.id() + 1000))) {
			assertThatThrownBy(() -> TestAccount.runAs(91_003, role, () -> reports.forReading(id))).as(role)
				.isInstanceOf(AccessDeniedException.class);
		}
		assertThat(jdbc.queryForObject("select status from annual_report where id = ?", String.class, id))
			.isEqualTo("DRAFT");
		assertThat(TestAccount.runAs(91_004, "ADMIN", () -> reports.forReading(id)).id()).isEqualTo(id);
		assertThatThrownBy(() -> asChair(() -> reports.open(omb.id(), 2027))).isInstanceOf(DomainException.class)
			.hasMessageContaining("reports.error.future-year");
		assertThatThrownBy(() -> reports.published(id)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void theAuthorityAndTheCouncilSeeTheConsolidatedReportAndThePerformance() {
		String officer = "AUTHORITY_OFFICER@AUTHORITY:" + omb.authorityId();
		OmbPerformance row = TestAccount.runAs(91_005, officer, () -> oversight.consolidated(2026))
			.rows()
			.stream()
			.filter(p -> p.associationId() == omb.id())
			.findFirst()
			.orElseThrow();
		assertThat(row.planCompletion()).isEqualTo(50);
		assertThat(row.planItemsOverdue()).isEqualTo(1);
		assertThat(row.reviewsOverdue()).isEqualTo(1);
		assertThat(row.meetingsHeld()).isEqualTo(3);
		assertThat(row.decisions()).isEqualTo(3);
		assertThat(row.discussionsRun()).isEqualTo(1);
		assertThat(row.reportStatus()).isNull();
		Oversight.Consolidated byAuthority = TestAccount.runAs(91_005, officer, () -> oversight.consolidated(2026));
		assertThat(byAuthority.rows()).extracting(OmbPerformance::associationId).containsExactly(omb.id());
		assertThat(byAuthority.meetingsHeld()).isEqualTo(3);
		assertThat(TestAccount.runAs(91_006, "COUNCIL_MEMBER@COUNCIL:1", () -> oversight.performance(omb.id(), 2026))
			.figures().meetingsHeld()).isEqualTo(3);
		assertThat(TestAccount.runAs(91_005, officer, () -> oversight.performance(omb.id(), 2025)).figures()
			.meetingsHeld()).isEqualTo(1);
		for (String role : Set.of("OMB_CHAIR@ASSOCIATION:" + omb.id(), "OMB_MEMBER@ASSOCIATION:" + omb.id(),
				"AUTHORITY_OFFICER@AUTHORITY:" + (omb.authorityId() + 1000))) {
			assertThatThrownBy(() -> TestAccount.runAs(91_007, role, () -> oversight.performance(omb.id(), 2026)))
				.as(role).isInstanceOf(AccessDeniedException.class);
		}
		assertThatThrownBy(() -> TestAccount.runAs(91_007, "OMB_MEMBER@ASSOCIATION:" + omb.id(),
				() -> oversight.consolidated(2026))).isInstanceOf(AccessDeniedException.class);
	}

	long published() {
		long id = asChair(() -> reports.open(omb.id(), 2026));
		asChair(() -> { reports.editNarrative(id, 0, LocalizedText.of("<p>Бирикменин иши: өнүгүү, үйрөнүү, миң аракет.</p>",
				null, null), LocalizedText.of("<p>Корутунду.</p>", null, null), LocalizedText.of("<p>Пландар.</p>", null,
						null)); return null; });
		asChair(() -> { reports.approve(id, 1); return null; });
		asChair(() -> { reports.publish(id, 2); return null; });
		return id;
	}

	DocumentView draft(String title) {
		return asChair(() -> documents.createDraft(new NewDocument(omb.id(), null, DocumentKind.STATE_STANDARD_HIGHER,
				LocalizedText.of(title, null, null), Set.of(omb.codes().direction()), Set.of("BACHELOR"), null)));
	}

	<T> T asChair(Supplier<T> work) {
		return TestAccount.runAs(omb.chairAccountId(), "OMB_CHAIR@ASSOCIATION:" + omb.id(), work);
	}

	static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

}
