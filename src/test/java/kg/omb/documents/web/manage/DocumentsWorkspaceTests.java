package kg.omb.documents.web.manage;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import kg.omb.association.AssociationFixture;
import kg.omb.association.AssociationFixture.Omb;
import kg.omb.directory.ActIssuer;
import kg.omb.directory.Region;
import kg.omb.documents.ClauseEdit;
import kg.omb.documents.ClauseLevel;
import kg.omb.documents.ClauseView;
import kg.omb.documents.DocumentKind;
import kg.omb.documents.DocumentStatus;
import kg.omb.documents.DocumentView;
import kg.omb.documents.Documents;
import kg.omb.documents.NewDocument;
import kg.omb.documents.discussion.DispositionOutcome;
import kg.omb.documents.discussion.DocumentComment;
import kg.omb.documents.discussion.NewComment;
import kg.omb.documents.discussion.PublicDiscussion;
import kg.omb.documents.discussion.ReportReason;
import kg.omb.documents.discussion.StakeholderKind;
import kg.omb.documents.docx.WordFiles;
import kg.omb.shared.Bishkek;
import kg.omb.shared.LocalizedText;
import kg.omb.support.AdjustableClock;
import kg.omb.support.TestAccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The documents workspace per role: a section head drafts a standard and writes its parts; the chair opens the
 * discussion, passes the expert review step (recorded as not performed) and submits; the authority's officer
 * approves citing an act; the OMB's own material ends with the OMB's decision; a participant and another OMB's
 * chair are refused and change nothing; a stale save of a part keeps the typed text; a Word file replaces the
 * text; every comment takes its disposition; the pages speak Kyrgyz, Russian and English.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ AssociationFixture.class, AdjustableClock.Configuration.class })
class DocumentsWorkspaceTests {

	private static final String NOT_ALLOWED = "Бул аракетке укугуңуз жок.";

	@Autowired
	MockMvc mvc;

	@Autowired
	AssociationFixture fixture;

	@Autowired
	Documents documents;

	@Autowired
	PublicDiscussion discussion;

	@Autowired
	AdjustableClock clock;

	Omb omb;

	long author;

	long participant;

	@BeforeEach
	void oneOmb() {
		clock.set(Instant.parse("2026-12-02T06:00:00Z"));
		omb = fixture.standardOmb(Region.CHUY);
		author = fixture.asAdministrator(() -> fixture.account("Автор Авторов"));
		participant = fixture.asAdministrator(() -> fixture.account("Катышуучу Асанова"));
	}

	String chair() {
		return "OMB_CHAIR@ASSOCIATION:" + omb.id();
	}

	String secretary() {
		return "OMB_SECRETARY@ASSOCIATION:" + omb.id();
	}

	String sectionHead() {
		return "SECTION_HEAD@SECTION:" + omb.sectionId();
	}

	String officer() {
		return "AUTHORITY_OFFICER@AUTHORITY:" + omb.authorityId();
	}

	@Test
	void aSectionHeadDraftsAStandardAndWritesItsParts() throws Exception {
		String list = page(get("/manage/documents"), sectionHead());
		assertThat(list).contains("id=\"new-document\"", omb.nameKy(), "Экономика секциясы " + omb.n());

		MvcResult created = mvc.perform(post("/manage/documents").with(as(sectionHead())).with(csrf())
			.param("associationId", String.valueOf(omb.id()))
			.param("sectionId", String.valueOf(omb.sectionId()))
			.param("kind", "STATE_STANDARD_HIGHER")
			.param("titleKy", "Экономика багыты боюнча МББС")
			.param("titleRu", "ГОС по направлению Экономика")
			.param("codes", omb.codes().direction())
			.param("levels", "BACHELOR"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		DocumentView draft = documents.ofAssociation(omb.id()).get(0);
		assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/manage/documents/" + draft.id() + "#text");
		assertThat(draft.sectionId()).isEqualTo(omb.sectionId());
		assertThat(draft.codes()).containsExactly(omb.codes().direction());

		mvc.perform(post("/manage/documents/" + draft.id() + "/clauses").with(as(sectionHead())).with(csrf())
			.param("number", "1.1")
			.param("level", "CLAUSE")
			.param("heading", "Жалпы жоболор")
			.param("html", "<p>Окуу мөөнөтү <b>төрт</b> жыл.</p><script>alert(1)</script>"))
			.andExpect(status().is3xxRedirection());
		assertThat(documents.clauses(draft.id(), 1)).singleElement().satisfies(clause -> {
			assertThat(clause.number()).isEqualTo("1.1");
			assertThat(clause.html()).isEqualTo("<p>Окуу мөөнөтү <b>төрт</b> жыл.</p>");
		});

		String workspace = page(get("/manage/documents/" + draft.id()), sectionHead());
		assertThat(workspace).contains("Окуу мөөнөтү <b>төрт</b> жыл.", "id=\"clause-number\"", "id=\"clause-level\"",
				"id=\"clause-heading\"", "id=\"clause-html\"", "id=\"clause-editor\"", "/clauses\"", "/publish\"",
				"/discussion/open\"", "/js/editor.js", "Документтин бул түрү үчүн талкуу кеминде 30 күнгө созулат");
		assertThat(page(get("/manage/documents"), sectionHead())).contains("Экономика багыты боюнча МББС",
				"Текстти даярдап, коомдук талкууну ачуу");
	}

	@Test
	void aPartEditedInPlaceThroughHtmxComesBackAsAFragment() throws Exception {
		DocumentView draft = draft(DocumentKind.STATE_STANDARD_HIGHER);
		ClauseView clause = add(draft, "1", "<p>Биринчи</p>");

		String editor = mvc.perform(get("/manage/documents/" + draft.id() + "/clauses/" + clause.id() + "/edit")
			.with(as(secretary())).header("HX-Request", "true"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(editor).doesNotContain("<html").contains("id=\"edit-" + clause.id() + "-editor\"",
				"hx-post=\"/manage/documents/" + draft.id() + "/clauses/" + clause.id() + "\"");

		String saved = mvc.perform(post("/manage/documents/" + draft.id() + "/clauses/" + clause.id())
			.with(as(secretary())).with(csrf()).header("HX-Request", "true")
			.param("lock", String.valueOf(clause.lock()))
			.param("number", "1")
			.param("level", "CLAUSE")
			.param("html", "<p>Оңдолгон</p>"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(saved).doesNotContain("<html").contains("<p>Оңдолгон</p>");
		assertThat(documents.clauses(draft.id(), 1).get(0).html()).isEqualTo("<p>Оңдолгон</p>");
	}

	@Test
	void theSecondAuthorSavingAPartIsToldAndKeepsTheTypedText() throws Exception {
		DocumentView draft = draft(DocumentKind.STATE_STANDARD_HIGHER);
		ClauseView seen = add(draft, "2", "<p>Баштапкы текст</p>");
		ClauseView theirs = TestAccount.runAs(author, secretary(), () -> documents.editClause(draft.id(), seen.id(),
				seen.lock(), new ClauseEdit("2", ClauseLevel.CLAUSE, null, "<p>Катчынын тексти</p>", null)));

		for (boolean htmx : List.of(false, true)) {
			var request = post("/manage/documents/" + draft.id() + "/clauses/" + seen.id()).with(as(chair()))
				.with(csrf())
				.param("lock", String.valueOf(seen.lock()))
				.param("number", "2")
				.param("level", "CLAUSE")
				.param("heading", "Менин аталышым")
				.param("html", "<p>Төраганын <i>жаңы</i> тексти</p>");
			if (htmx) {
				request.header("HX-Request", "true");
			}
			String body = mvc.perform(request).andExpect(status().isConflict()).andReturn().getResponse()
				.getContentAsString();
			assertThat(body).contains("Сиз бул бөлүктү ачкандан кийин аны башка автор сактады",
					"<p>Катчынын тексти</p>", "value=\"Менин аталышым\"",
					"value=\"&lt;p&gt;Төраганын &lt;i&gt;жаңы&lt;/i&gt; тексти&lt;/p&gt;\"",
					"<p>Төраганын <i>жаңы</i> тексти</p>", "name=\"lock\" value=\"" + theirs.lock() + "\"");
			assertThat(body.contains("<html")).isEqualTo(!htmx);
		}
		assertThat(documents.clauses(draft.id(), 1).get(0).html()).isEqualTo("<p>Катчынын тексти</p>");

		String unreadable = mvc.perform(post("/manage/documents/" + draft.id() + "/clauses/" + seen.id())
			.with(as(chair())).with(csrf())
			.param("lock", "эки")
			.param("number", "2")
			.param("level", "CLAUSE")
			.param("html", "<p>Башка</p>"))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
		assertThat(unreadable).containsAnyOf("Барак эскирди.", "Форманы окуу мүмкүн болгон жок.");
		assertThat(documents.clauses(draft.id(), 1).get(0).html()).isEqualTo("<p>Катчынын тексти</p>");

		mvc.perform(post("/manage/documents/" + draft.id() + "/clauses/" + seen.id()).with(as(chair())).with(csrf())
			.param("lock", String.valueOf(theirs.lock()))
			.param("number", "2")
			.param("level", "CLAUSE")
			.param("html", "<p>Төраганын <i>жаңы</i> тексти</p>"))
			.andExpect(status().is3xxRedirection());
		assertThat(documents.clauses(draft.id(), 1).get(0).html()).isEqualTo("<p>Төраганын <i>жаңы</i> тексти</p>");
	}

	@Test
	void aPartGoesWhereTheAuthorChoosesAndANewVersionShowsWhatChanged() throws Exception {
		DocumentView draft = draft(DocumentKind.STATE_STANDARD_HIGHER);
		ClauseView first = add(draft, "1", "<p>Жалпы жоболор</p>");
		add(draft, "2", "<p>Окуу мөөнөтү төрт жыл.</p>");
		mvc.perform(post("/manage/documents/" + draft.id() + "/clauses").with(as(secretary())).with(csrf())
			.param("number", "1.1").param("level", "SUB_CLAUSE").param("html", "<p>Кошумча</p>")
			.param("position", String.valueOf(first.position())))
			.andExpect(status().is3xxRedirection());
		assertThat(documents.clauses(draft.id(), 1)).extracting(ClauseView::number).containsExactly("1", "1.1", "2");

		step(String.valueOf(draft.id()), "publish", secretary(), "summary", "Биринчи долбоор");
		assertThat(documents.versions(draft.id()).get(0).summary()).isEqualTo("Биринчи долбоор");
		assertThat(page(get("/manage/documents/" + draft.id()), secretary())).contains("/versions\"")
			.doesNotContain("id=\"clause-editor\"");
		step(String.valueOf(draft.id()), "versions", secretary(), "summary", "Мөөнөт боюнча оңдоо");
		ClauseView copy = documents.clauses(draft.id(), 2).get(2);
		TestAccount.runAs(author, secretary(), () -> documents.editClause(draft.id(), copy.id(), copy.lock(),
				new ClauseEdit("2", ClauseLevel.CLAUSE, null, "<p>Окуу мөөнөтү беш жыл.</p>", null)));

		assertThat(page(get("/manage/documents/" + draft.id()), secretary())).contains("1.1  кийин")
			.doesNotContain(">1  кийин");
		assertThat(page(get("/manage/documents/" + draft.id()), secretary())).contains(
				"1-версиядан 2-версияга эмне өзгөрдү", "<del>төрт</del>", "<ins>беш</ins>", "id=\"clause-editor\"");
	}

	@Test
	void theChairOpensTheDiscussionPassesTheStepsAndTheOfficerApprovesCitingAnAct() throws Exception {
		DocumentView draft = draft(DocumentKind.STATE_STANDARD_HIGHER);
		add(draft, "1", "<p>Жалпы жоболор</p>");
		LocalDate today = Bishkek.today(clock);
		String id = String.valueOf(draft.id());

		String tooShort = mvc.perform(post("/manage/documents/" + id + "/discussion/open").with(as(chair())).with(csrf())
			.param("lock", String.valueOf(draft.lock()))
			.param("closesOn", today.plusDays(29).toString()))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
		assertThat(tooShort).contains("id=\"refusal\"", "Коомдук талкуу кеминде 30 күнгө ачылышы керек.");
		assertThat(statusOf(draft)).isEqualTo(DocumentStatus.DRAFTING);

		step(id, "discussion/open", chair(), "closesOn", today.plusDays(30).toString());
		assertThat(statusOf(draft)).isEqualTo(DocumentStatus.PUBLIC_DISCUSSION);
		String early = mvc.perform(post("/manage/documents/" + id + "/discussion/close").with(as(chair())).with(csrf())
			.param("lock", String.valueOf(lock(draft))))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
		assertThat(early).contains("id=\"refusal\"",
				"Коомдук талкуу " + Dates.format(today.plusDays(30)) + " чейин уланат, аны эртерээк жабууга болбойт.");
		assertThat(statusOf(draft)).isEqualTo(DocumentStatus.PUBLIC_DISCUSSION);

		clock.advance(Duration.ofDays(31));
		assertThat(page(get("/manage/documents/" + id), chair())).contains("/discussion/close\"");
		step(id, "discussion/close", chair());
		step(id, "review", chair());
		assertThat(page(get("/manage/documents/" + id), chair()))
			.contains("Экспертизага жөнөтүү", "/expert-review/request\"", "/expert-review\"");
		step(id, "expert-review", chair());
		assertThat(documents.find(draft.id()).orElseThrow().expertReviewPerformed()).isFalse();
		assertThat(page(get("/manage/documents/" + id), chair())).contains("/submit\"", "/return\"");
		step(id, "submit", chair());
		assertThat(statusOf(draft)).isEqualTo(DocumentStatus.SUBMITTED);

		long act = fixture.asAdministrator(() -> fixture.act(ActIssuer.authority(omb.authorityId()),
				"MS-" + omb.n(), LocalDate.of(2027, 1, 15)));
		assertThat(page(get("/manage/documents"), officer())).contains("Акт менен бекитүү же кайтаруу");
		assertThat(page(get("/manage"), officer())).contains("hx-get=\"/manage/documents/waiting\"");
		assertThat(page(get("/manage/documents/waiting").header("HX-Request", "true"), officer()))
			.doesNotContain("<html").contains("Экономика багыты боюнча МББС", "Акт менен бекитүү же кайтаруу");
		assertThat(page(get("/manage/documents/waiting").header("HX-Request", "true"), chair()))
			.contains("Сизди күткөн документ жок.");
		assertThat(page(get("/manage/documents/" + id), officer())).contains("/approve\"", "/return\"",
				"№ MS-" + omb.n(), "15.01.2027 баштап күчүндө");
		step(id, "approve", officer(), "actId", String.valueOf(act));
		DocumentView approved = documents.find(draft.id()).orElseThrow();
		assertThat(approved.status()).isEqualTo(DocumentStatus.IN_FORCE);
		assertThat(approved.inForceActId()).isEqualTo(act);

		assertThat(page(get("/manage/documents"), chair())).contains("<option value=\"" + id
				+ "\">Экономика багыты боюнча МББС — Жогорку кесиптик билим берүүнүн мамлекеттик билим берүү стандарты");
		mvc.perform(post("/manage/documents").with(as(chair())).with(csrf())
			.param("associationId", String.valueOf(omb.id()))
			.param("kind", "STATE_STANDARD_HIGHER")
			.param("titleKy", "Экономика багыты боюнча МББС, жаңы редакция")
			.param("predecessorId", id))
			.andExpect(status().is3xxRedirection());
		assertThat(documents.ofAssociation(omb.id()).get(0).predecessorId()).isEqualTo(draft.id());
	}

	@Test
	void theOmbDecidesOnItsOwnMaterialAndRepealsItByAnAct() throws Exception {
		DocumentView draft = draft(DocumentKind.INNOVATIVE_EXPERIENCE_MATERIAL);
		String id = String.valueOf(draft.id());
		assertThat(page(get("/manage/documents/" + id), secretary())).contains("/review\"").doesNotContain("/discussion/open\"");
		assertThat(mvc.perform(post("/manage/documents/" + id + "/review").with(as(secretary())).with(csrf()))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString())
			.contains("id=\"refusal\"", "Барак эскирди.");
		assertThat(statusOf(draft)).isEqualTo(DocumentStatus.DRAFTING);
		step(id, "review", secretary());
		assertThat(statusOf(draft)).isEqualTo(DocumentStatus.CHAIR_REVIEW);
		assertThat(page(get("/manage/documents/" + id), secretary())).doesNotContain("/adopt\"");
		assertThat(page(get("/manage/documents/" + id), chair())).contains("/adopt\"").doesNotContain("/submit\"");
		step(id, "adopt", chair());
		assertThat(statusOf(draft)).isEqualTo(DocumentStatus.IN_FORCE);
		long act = fixture.asAdministrator(() -> fixture.act(ActIssuer.organization(omb.baseOrganizationId()),
				"R-" + omb.n(), LocalDate.of(2027, 2, 1)));
		step(id, "repeal", chair(), "actId", String.valueOf(act), "reason", "Эскирди");
		assertThat(statusOf(draft)).isEqualTo(DocumentStatus.REPEALED);
	}

	@Test
	void aParticipantAndTheChairOfAnotherOmbAreRefusedAndChangeNothing() throws Exception {
		DocumentView draft = draft(DocumentKind.STATE_STANDARD_HIGHER);
		String otherChair = "OMB_CHAIR@ASSOCIATION:" + (omb.id() + 1000);
		for (String stranger : List.of("PARTICIPANT", otherChair)) {
			assertThat(mvc.perform(get("/manage/documents/" + draft.id()).with(as(stranger)))
				.andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString())
				.contains(NOT_ALLOWED);
			assertThat(mvc.perform(post("/manage/documents/" + draft.id() + "/discussion/open").with(as(stranger))
				.with(csrf())
				.param("lock", String.valueOf(draft.lock()))
				.param("closesOn", Bishkek.today(clock).plusDays(40).toString()))
				.andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString())
				.contains(NOT_ALLOWED);
			mvc.perform(post("/manage/documents/" + draft.id() + "/clauses").with(as(stranger)).with(csrf())
				.param("number", "9").param("level", "CLAUSE").param("html", "<p>Бөтөн</p>"))
				.andExpect(status().isForbidden());
			mvc.perform(post("/manage/documents").with(as(stranger)).with(csrf())
				.param("associationId", String.valueOf(omb.id()))
				.param("kind", "STATE_STANDARD_HIGHER")
				.param("titleKy", "Бөтөн долбоор"))
				.andExpect(status().isForbidden());
		}
		assertThat(statusOf(draft)).isEqualTo(DocumentStatus.DRAFTING);
		assertThat(documents.clauses(draft.id(), 1)).isEmpty();
		assertThat(documents.ofAssociation(omb.id())).hasSize(1);
		assertThat(page(get("/manage/documents"), "PARTICIPANT")).doesNotContain("id=\"new-document\"");
	}

	@Test
	void aSectionHeadDraftsOnlyForTheirOwnSection() throws Exception {
		long other = fixture.anotherOmb(omb, LocalizedText.of("Башка ОМБ", null, null), Set.of("BACHELOR"));
		String body = mvc.perform(post("/manage/documents").with(as(sectionHead())).with(csrf())
			.param("associationId", String.valueOf(other))
			.param("sectionId", String.valueOf(omb.sectionId()))
			.param("kind", "STATE_STANDARD_HIGHER")
			.param("titleKy", "Башка ОМБнын долбоору"))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
		assertThat(body).contains("Бул секция башка ОМБга таандык.");
		assertThat(documents.ofAssociation(other)).isEmpty();

		String wholeOmb = mvc.perform(post("/manage/documents").with(as(sectionHead())).with(csrf())
			.param("associationId", String.valueOf(omb.id()))
			.param("kind", "STATE_STANDARD_HIGHER")
			.param("titleKy", "Бүт ОМБнын долбоору"))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
		assertThat(wholeOmb).contains("Өзүңүз жетектеген секцияны тандаңыз", "value=\"Бүт ОМБнын долбоору\"");
		assertThat(documents.ofAssociation(omb.id())).isEmpty();
	}

	@Test
	void aWordFileReplacesTheWorkingTextAndAnUnreadableOneIsRefused() throws Exception {
		DocumentView draft = draft(DocumentKind.STATE_STANDARD_HIGHER);
		add(draft, "9", "<p>Эски текст</p>");
		byte[] word = new WordFiles("heading")
			.heading(1, "1. Жалпы жоболор")
			.numbered(0, "Бул стандарт милдеттүү талаптарды аныктайт.")
			.numbered(1, "Окуу мөөнөтү төрт жыл.")
			.file()
			.readAllBytes();

		String refused = mvc.perform(multipart("/manage/documents/" + draft.id() + "/import")
			.file(new MockMultipartFile("file", "стандарт.docx",
					"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
					"бул Word эмес".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.param("lock", String.valueOf(lock(draft)))
			.with(as(secretary())).with(csrf()))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("Файлды Word документи катары окуу мүмкүн эмес.");
		assertThat(documents.clauses(draft.id(), 1)).extracting(ClauseView::number).containsExactly("9");

		mvc.perform(multipart("/manage/documents/" + draft.id() + "/import")
			.file(new MockMultipartFile("file", "стандарт.docx",
					"application/vnd.openxmlformats-officedocument.wordprocessingml.document", word))
			.param("lock", String.valueOf(lock(draft)))
			.with(as(secretary())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(documents.clauses(draft.id(), 1)).extracting(ClauseView::number).containsExactly("1", "1", "1.1");
		assertThat(documents.versions(draft.id()).get(0).sourceFileId()).isNotNull();
		assertThat(page(get("/manage/documents/" + draft.id()), secretary())).contains("Окуу мөөнөтү төрт жыл.",
				"/files/" + documents.versions(draft.id()).get(0).sourceFileId());
	}

	@Test
	void theAuthorsDisposeOfEveryCommentAndAStaleDispositionIsRefused() throws Exception {
		DocumentView draft = draft(DocumentKind.STATE_STANDARD_HIGHER);
		ClauseView clause = add(draft, "3", "<p>Окуу мөөнөтү төрт жыл.</p>");
		TestAccount.runAs(author, chair(),
				() -> documents.openDiscussion(draft.id(), lock(draft), Bishkek.today(clock).plusDays(30)));
		DocumentComment comment = TestAccount.runAs(participant, "PARTICIPANT",
				() -> discussion.comment(draft.id(), new NewComment(clause.key(), null, 0,
						"Беш жыл болушу керек.", StakeholderKind.TEACHER, Region.OSH_CITY, null)));
		TestAccount.runAs(author, chair(), () -> discussion.reply(comment.getId(), "Макулмун, беш жыл.",
				StakeholderKind.EMPLOYER, null));
		DocumentComment spam = TestAccount.runAs(participant, "PARTICIPANT",
				() -> discussion.comment(draft.id(), new NewComment(null, null, 0, "Арзан сатабыз!",
						StakeholderKind.CITIZEN, null, null)));
		String hideUrl = "/manage/documents/" + draft.id() + "/comments/" + spam.getId() + "/hide";
		assertThat(page(get("/manage/documents/" + draft.id() + "/dispositions"), secretary()))
			.contains("action=\"" + hideUrl + "\"");
		assertThat(page(get("/manage/documents/" + draft.id() + "/dispositions"), sectionHead()))
			.doesNotContain("/hide\"");
		mvc.perform(post(hideUrl).with(as(secretary())).with(csrf()).param("lock", "0").param("reason", " "))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(post(hideUrl).with(as(sectionHead())).with(csrf()).param("lock", "0").param("reason", "Жарнама"))
			.andExpect(status().isForbidden());
		mvc.perform(post(hideUrl).with(as(secretary())).with(csrf()).param("lock", "0").param("reason", "Жарнама"))
			.andExpect(status().is3xxRedirection());
		assertThat(page(get("/manage/documents/" + draft.id() + "/dispositions"), secretary()))
			.contains("Жашырылган сунуш-пикирлер", "Жарнама");
		clock.advance(Duration.ofDays(31));
		TestAccount.runAs(author, chair(), () -> documents.closeDiscussion(draft.id(), lock(draft)));
		String url = "/manage/documents/" + draft.id() + "/dispositions";

		String table = page(get(url), sectionHead());
		assertThat(table).contains("Беш жыл болушу керек.", "Каралган жок", "3 пункту боюнча", "Макулмун, беш жыл.",
				"action=\"" + url + "/" + comment.getId() + "\"");
		String missing = mvc.perform(post(url + "/" + comment.getId()).with(as(sectionHead())).with(csrf())
			.param("version", String.valueOf(comment.getVersion()))
			.param("outcome", "ACCEPTED"))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
		assertThat(missing).contains("Чечимдин негиздемесин жазыңыз.");

		mvc.perform(post(url + "/" + comment.getId()).with(as(sectionHead())).with(csrf())
			.param("version", String.valueOf(comment.getVersion()))
			.param("outcome", "ACCEPTED")
			.param("justification", "Мөөнөт беш жылга өзгөртүлдү.")
			.param("changedClauseKey", clause.key()))
			.andExpect(status().is3xxRedirection());
		assertThat(discussion.undisposed(draft.id())).isZero();
		assertThat(discussion.thread(draft.id()).get(0).getDisposition()).isEqualTo(DispositionOutcome.ACCEPTED);

		String stale = mvc.perform(post(url + "/" + comment.getId()).with(as(secretary())).with(csrf())
			.param("version", String.valueOf(comment.getVersion()))
			.param("outcome", "REJECTED")
			.param("justification", "Башка пикир."))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
		assertThat(stale).contains("Бул сунуш-пикирди сиз ачкандан кийин башка бирөө өзгөрттү.");
		assertThat(discussion.thread(draft.id()).get(0).getDisposition()).isEqualTo(DispositionOutcome.ACCEPTED);
		assertThat(page(get("/manage/documents/" + draft.id()), chair()))
			.contains("Бардык сунуш-пикирлер боюнча чечим кабыл алынды.", "/review\"");

		mvc.perform(get(url).with(as("PARTICIPANT"))).andExpect(status().isForbidden());
	}

	@Test
	void theSecretarySeesHowOftenEachCommentWasReportedAndMayShowOnlyTheReportedThreads() throws Exception {
		DocumentView draft = draft(DocumentKind.STATE_STANDARD_HIGHER);
		ClauseView clause = add(draft, "3", "<p>Окуу мөөнөтү төрт жыл.</p>");
		TestAccount.runAs(author, chair(),
				() -> documents.openDiscussion(draft.id(), lock(draft), Bishkek.today(clock).plusDays(30)));
		DocumentComment fair = TestAccount.runAs(participant, "PARTICIPANT", () -> discussion.comment(draft.id(),
				new NewComment(clause.key(), null, 0, "Беш жыл болушу керек.", StakeholderKind.TEACHER, null, null)));
		DocumentComment spam = TestAccount.runAs(participant, "PARTICIPANT", () -> discussion.comment(draft.id(),
				new NewComment(null, null, 0, "Арзан сатабыз!", StakeholderKind.CITIZEN, null, null)));
		DocumentComment quiet = TestAccount.runAs(participant, "PARTICIPANT", () -> discussion.comment(draft.id(),
				new NewComment(null, null, 0, "Жалпысынан жактырам.", StakeholderKind.CITIZEN, null, null)));
		DocumentComment reply = TestAccount.runAs(author, "PARTICIPANT",
				() -> discussion.reply(fair.getId(), "Биздин сайтка кириңиз!", StakeholderKind.CITIZEN, null));
		for (long reporter : List.of(author, participant, participant)) {
			TestAccount.runAs(reporter, "PARTICIPANT", () -> {
				discussion.report(spam.getId(), ReportReason.SPAM);
				return null;
			});
		}
		TestAccount.runAs(participant, "PARTICIPANT", () -> {
			discussion.report(reply.getId(), ReportReason.OFF_TOPIC);
			return null;
		});
		String url = "/manage/documents/" + draft.id() + "/dispositions";

		String all = page(get(url), secretary());
		assertThat(all).contains("id=\"reports-filter\"", "Арыз түшкөндөр (2)", "Жалпысынан жактырам.");
		assertThat(all.substring(all.indexOf("id=\"reports-" + spam.getId() + "\""))).startsWith(
				"id=\"reports-" + spam.getId() + "\" class=\"badge text-bg-danger ms-1\">Арыздар: 2<");
		assertThat(all).contains("id=\"reports-" + reply.getId() + "\"")
			.doesNotContain("id=\"reports-" + quiet.getId() + "\"");

		String reported = page(get(url + "?filter=reported"), secretary());
		assertThat(reported).contains("Арзан сатабыз!", "Беш жыл болушу керек.", "Биздин сайтка кириңиз!",
				"action=\"/manage/documents/" + draft.id() + "/comments/" + spam.getId() + "/hide\"")
			.doesNotContain("Жалпысынан жактырам.");

		assertThat(page(get(url + "?filter=reported"), sectionHead())).contains("Жалпысынан жактырам.")
			.doesNotContain("id=\"reports-filter\"", "Арыздар:");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> TestAccount.runAs(author, sectionHead(),
				() -> discussion.reportCounts(draft.id())))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
	}

	@Test
	void theWorkspaceSpeaksKyrgyzRussianAndEnglish() throws Exception {
		DocumentView draft = draft(DocumentKind.STATE_STANDARD_HIGHER);
		add(draft, "1", "<p>Жалпы жоболор</p>");
		String[][] expected = { { "ky", "Ченемдик документтер", "Бөлүк кошуу", "Калың", "Сунуш-пикирлерди кароо" },
				{ "ru", "Нормативные документы", "Добавить часть", "Жирный", "Учёт замечаний" },
				{ "en", "Normative documents", "Add a part", "Bold", "Disposition of comments" } };
		for (String[] language : expected) {
			Cookie cookie = new Cookie("omb-lang", language[0]);
			assertThat(page(get("/manage/documents").cookie(cookie), chair())).contains("lang=\"" + language[0] + "\"",
					language[1]);
			assertThat(page(get("/manage/documents/" + draft.id()).cookie(cookie), chair())).contains(language[2],
					language[3]);
			assertThat(page(get("/manage/documents/" + draft.id() + "/dispositions").cookie(cookie), chair()))
				.contains("lang=\"" + language[0] + "\"", language[4]);
		}
	}

	DocumentView draft(DocumentKind kind) {
		return TestAccount.runAs(author, chair(), () -> documents.createDraft(new NewDocument(omb.id(), omb.sectionId(),
				kind, LocalizedText.of("Экономика багыты боюнча МББС", null, null), Set.of(), Set.of(), null)));
	}

	ClauseView add(DocumentView draft, String number, String html) {
		return TestAccount.runAs(author, chair(), () -> documents.addClause(draft.id(),
				new ClauseEdit(number, ClauseLevel.CLAUSE, null, html, null)));
	}

	DocumentStatus statusOf(DocumentView draft) {
		return documents.find(draft.id()).orElseThrow().status();
	}

	long lock(DocumentView draft) {
		return documents.find(draft.id()).orElseThrow().lock();
	}

	/** A workflow step through its form, with the document's current lock; it must succeed. */
	void step(String id, String action, String role, String... params) throws Exception {
		var request = post("/manage/documents/" + id + "/" + action).with(as(role)).with(csrf())
			.param("lock", String.valueOf(documents.find(Long.parseLong(id)).orElseThrow().lock()));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		mvc.perform(request).andExpect(status().is3xxRedirection());
	}

	@Test
	void theChairNamesTheWorkingGroupAndItsParticipantDraftsFromTheirDesk() throws Exception {
		long drafter = fixture.asAdministrator(() -> fixture.account("Топтун мүчөсү " + omb.n()));
		long group = fixture.workingGroupWith(omb, drafter, "Топтун мүчөсү " + omb.n());
		DocumentView draft = TestAccount.runAs(author, chair(), () -> documents.createDraft(new NewDocument(omb.id(),
				null, DocumentKind.STATE_STANDARD_HIGHER, LocalizedText.of("Топтун стандарты " + omb.n(), null, null),
				Set.of(), Set.of(), null)));
		assertThat(page(get("/manage/documents/" + draft.id()), chair())).contains("id=\"working-group\"",
				"Стандарт тобу " + omb.n());

		mvc.perform(post("/manage/documents/" + draft.id() + "/working-group").with(as(chair())).with(csrf())
			.param("lock", String.valueOf(draft.lock()))
			.param("workingGroupId", String.valueOf(group)))
			.andExpect(status().is3xxRedirection());

		assertThat(documents.find(draft.id()).orElseThrow().workingGroupId()).isEqualTo(group);
		var member = accountAs(drafter, "Топтун мүчөсү " + omb.n(), "PARTICIPANT");
		assertThat(mvc.perform(get("/manage/documents").with(member)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString()).contains("Топтун стандарты " + omb.n());
		assertThat(mvc.perform(get("/manage/documents/" + draft.id()).with(member)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString()).contains("id=\"add-clause\"", "id=\"working-group-shown\"")
			.doesNotContain("id=\"working-group\"");
		mvc.perform(post("/manage/documents/" + draft.id() + "/clauses").with(member).with(csrf())
			.param("number", "1").param("level", "CLAUSE").param("html", "<p>Топтун тексти</p>"))
			.andExpect(status().is3xxRedirection());
		assertThat(documents.clauses(draft.id(), 1)).extracting(ClauseView::html).containsExactly("<p>Топтун тексти</p>");
	}

	String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String role)
			throws Exception {
		return mvc.perform(request.with(as(role))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	RequestPostProcessor accountAs(long accountId, String name, String... roles) {
		var principal = new TestAccount(accountId, "account" + accountId + "@omb.test", name);
		List<SimpleGrantedAuthority> authorities = Arrays.stream(roles)
			.map(role -> new SimpleGrantedAuthority("ROLE_" + role))
			.toList();
		return authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
	}

	RequestPostProcessor as(String... roles) {
		var principal = new TestAccount(author, "account" + author + "@omb.test", "Автор Авторов");
		List<SimpleGrantedAuthority> authorities = Arrays.stream(roles)
			.flatMap(role -> role.contains("@")
					? java.util.stream.Stream.of(new SimpleGrantedAuthority(role),
							new SimpleGrantedAuthority("ROLE_" + role.substring(0, role.indexOf('@'))))
					: java.util.stream.Stream.of(new SimpleGrantedAuthority("ROLE_" + role)))
			.toList();
		return authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
	}

}
