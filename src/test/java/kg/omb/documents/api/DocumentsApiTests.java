package kg.omb.documents.api;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import kg.omb.association.AssociationFixture;
import kg.omb.association.AssociationFixture.Omb;
import kg.omb.directory.Region;
import kg.omb.documents.ClauseEdit;
import kg.omb.documents.ClauseLevel;
import kg.omb.documents.ClauseView;
import kg.omb.documents.DocumentKind;
import kg.omb.documents.DocumentView;
import kg.omb.documents.Documents;
import kg.omb.documents.NewDocument;
import kg.omb.documents.discussion.DispositionOutcome;
import kg.omb.documents.discussion.DocumentComment;
import kg.omb.documents.discussion.NewComment;
import kg.omb.documents.discussion.PublicDiscussion;
import kg.omb.documents.discussion.StakeholderKind;
import kg.omb.notifications.TestAccounts;
import kg.omb.shared.Bishkek;
import kg.omb.shared.LocalizedText;
import kg.omb.support.AdjustableClock;
import kg.omb.support.TestAccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The read-only REST API of one document, read by an anonymous client: a standard discussed, disposed of and
 * published in a second version; a draft never published is not there.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ AssociationFixture.class, AdjustableClock.Configuration.class })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentsApiTests {

	static final long PARTICIPANT = 9301;

	static final long REPRESENTATIVE = 9302;

	static final long SECRETARY = 9303;

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

	@Autowired
	JdbcTemplate jdbc;

	Omb omb;

	long standardId;

	long draftId;

	String secretary;

	String termsKey;

	long hiddenId;

	@BeforeAll
	void aDiscussedStandardInItsSecondVersionAndAnUnpublishedDraft() {
		TestAccounts.ensure(jdbc, PARTICIPANT, "Айгүл Осмонова", "ky");
		TestAccounts.ensure(jdbc, REPRESENTATIVE, "Бакыт Токтогулов", "ru");
		TestAccounts.ensure(jdbc, SECRETARY, "Нурлан Абдыкадыров", "ky");
		clock.set(Instant.parse("2026-12-02T06:00:00Z"));
		omb = fixture.standardOmb(Region.NARYN);
		secretary = "OMB_SECRETARY@ASSOCIATION:" + omb.id();
		standardId = as(SECRETARY, secretary, () -> {
			long id = documents.createDraft(standard("Экономика багыты боюнча МББС")).id();
			documents.addClause(id, new ClauseEdit("1", ClauseLevel.CHAPTER, "Жалпы жоболор", "", null));
			documents.addClause(id, new ClauseEdit("1.1", ClauseLevel.CLAUSE, null,
					"<p>Окуу мөөнөтү күндүзгү окуу формасында төрт жыл.</p>", null));
			documents.openDiscussion(id, documents.find(id).orElseThrow().lock(), Bishkek.today(clock).plusDays(30));
			return id;
		});
		termsKey = documents.clauses(standardId, 1).get(1).key();
		long teacher = as(PARTICIPANT, "PARTICIPANT", () -> discussion.comment(standardId, new NewComment(termsKey,
				"төрт жыл", -1, "Беш жыл болушу керек.", StakeholderKind.TEACHER, Region.OSH_CITY, null)).id());
		as(REPRESENTATIVE, "ORG_REPRESENTATIVE@ORGANIZATION:" + omb.baseOrganizationId(),
				() -> discussion.comment(standardId, new NewComment(null, null, -1, "Университеттин расмий пикири",
						StakeholderKind.ORGANIZATION, Region.BISHKEK_CITY, omb.baseOrganizationId())));
		as(REPRESENTATIVE, "PARTICIPANT",
				() -> discussion.reply(teacher, "Макулмун", StakeholderKind.EMPLOYER, Region.NARYN));
		hiddenId = as(PARTICIPANT, "PARTICIPANT", () -> discussion.comment(standardId,
				new NewComment(null, null, -1, "Жашыруун жарнама", StakeholderKind.CITIZEN, null, null)).id());
		as(SECRETARY, secretary, () -> {
			discussion.hide(hiddenId, "Жарнама");
			return 0;
		});
		clock.advance(Duration.ofDays(31));
		as(SECRETARY, secretary, () -> {
			documents.closeDiscussion(standardId, documents.find(standardId).orElseThrow().lock());
			for (DocumentComment comment : discussion.thread(standardId)) {
				if (comment.needsDisposition()) {
					boolean onTerms = termsKey.equals(comment.getClauseKey());
					discussion.dispose(comment.id(), comment.getVersion(),
							onTerms ? DispositionOutcome.ACCEPTED : DispositionOutcome.NOT_RELEVANT,
							onTerms ? "Беш жыл болду" : "Тиешеси жок", onTerms ? termsKey : null);
				}
			}
			DocumentView next = documents.startNewVersion(standardId, documents.find(standardId).orElseThrow().lock(),
					null);
			ClauseView terms = documents.clauses(standardId, 2).get(1);
			documents.editClause(standardId, terms.id(), terms.lock(), new ClauseEdit("1.1", ClauseLevel.CLAUSE, null,
					"<p>Окуу мөөнөтү күндүзгү окуу формасында беш жыл.</p>", null));
			documents.publishVersion(standardId, documents.find(next.id()).orElseThrow().lock(), "Мөөнөтү өзгөрдү");
			return 0;
		});
		draftId = as(SECRETARY, secretary, () -> {
			long id = documents.createDraft(standard("Жарыялана элек долбоор")).id();
			documents.addClause(id, new ClauseEdit("1", ClauseLevel.CLAUSE, null, "<p>Жашыруун текст</p>", null));
			return id;
		});
	}

	NewDocument standard(String title) {
		return new NewDocument(omb.id(), omb.sectionId(), DocumentKind.STATE_STANDARD_HIGHER,
				LocalizedText.of(title, "ГОС по направлению Экономика", null), Set.of("580100"), Set.of("BACHELOR"),
				null);
	}

	@Test
	void givesTheDocumentWithItsLatestPublishedVersionAndTimeline() throws Exception {
		mvc.perform(get("/api/v1/documents/{id}", standardId))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.id").value(standardId))
			.andExpect(jsonPath("$.title.ky").value("Экономика багыты боюнча МББС"))
			.andExpect(jsonPath("$.title.ru").value("ГОС по направлению Экономика"))
			.andExpect(jsonPath("$.kind").value("STATE_STANDARD_HIGHER"))
			.andExpect(jsonPath("$.status").value("DISPOSITION_OF_COMMENTS"))
			.andExpect(jsonPath("$.association.id").value(omb.id()))
			.andExpect(jsonPath("$.association.name.ky").value(omb.nameKy()))
			.andExpect(jsonPath("$.codes[0]").value("580100"))
			.andExpect(jsonPath("$.currentVersion").value(2))
			.andExpect(jsonPath("$.discussion.opensOn").value("2026-12-02"))
			.andExpect(jsonPath("$.discussion.closesOn").value("2027-01-01"))
			.andExpect(jsonPath("$.timeline[*].to", org.hamcrest.Matchers.contains("DRAFTING", "PUBLIC_DISCUSSION",
					"DISPOSITION_OF_COMMENTS")))
			.andExpect(jsonPath("$.timeline[0].actorId").doesNotExist())
			.andExpect(jsonPath("$.page").value("/documents/" + standardId));
	}

	@Test
	void listsThePublishedVersionsAndTheClausesOfEach() throws Exception {
		mvc.perform(get("/api/v1/documents/{id}/versions", standardId))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[1].number").value(2))
			.andExpect(jsonPath("$[1].summary").value("Мөөнөтү өзгөрдү"))
			.andExpect(jsonPath("$[1].clauses").value("/api/v1/documents/" + standardId + "/versions/2/clauses"));
		mvc.perform(get("/api/v1/documents/{id}/versions/2/clauses", standardId))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[0].level").value("CHAPTER"))
			.andExpect(jsonPath("$[0].heading").value("Жалпы жоболор"))
			.andExpect(jsonPath("$[1].key").value(termsKey))
			.andExpect(jsonPath("$[1].number").value("1.1"))
			.andExpect(jsonPath("$[1].html").value(containsString("беш жыл")))
			.andExpect(jsonPath("$[1].id").doesNotExist())
			.andExpect(jsonPath("$[1].lock").doesNotExist());
	}

	@Test
	void comparesTwoVersionsWordByWord() throws Exception {
		mvc.perform(get("/api/v1/documents/{id}/compare", standardId).param("from", "1").param("to", "2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].kind").value("UNCHANGED"))
			.andExpect(jsonPath("$[1].key").value(termsKey))
			.andExpect(jsonPath("$[1].kind").value("CHANGED"))
			.andExpect(jsonPath("$[1].segments[?(@.type == 'DELETED')].text", org.hamcrest.Matchers.hasItem(
					containsString("төрт"))))
			.andExpect(jsonPath("$[1].segments[?(@.type == 'INSERTED')].text", org.hamcrest.Matchers.hasItem(
					containsString("беш"))));
	}

	@Test
	void givesThePublicCommentsWithoutPrivateDataAndWithholdsHiddenOnes() throws Exception {
		String body = mvc.perform(get("/api/v1/documents/{id}/comments", standardId))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(4)))
			.andExpect(jsonPath("$[0].author").value("Айгүл Осмонова"))
			.andExpect(jsonPath("$[0].stakeholder").value("TEACHER"))
			.andExpect(jsonPath("$[0].region").value("OSH_CITY"))
			.andExpect(jsonPath("$[0].clauseKey").value(termsKey))
			.andExpect(jsonPath("$[0].quote").value("төрт жыл"))
			.andExpect(jsonPath("$[0].text").value("Беш жыл болушу керек."))
			.andExpect(jsonPath("$[1].stakeholder").value("ORGANIZATION"))
			.andExpect(jsonPath("$[1].organization.id").value(omb.baseOrganizationId()))
			.andExpect(jsonPath("$[1].organization.name.ky").value(containsString("Базалык университет")))
			.andExpect(jsonPath("$[2].parentId").isNumber())
			.andExpect(jsonPath("$[3].id").value(hiddenId))
			.andExpect(jsonPath("$[3].hidden").value(true))
			.andExpect(jsonPath("$[3].text").doesNotExist())
			.andExpect(jsonPath("$[3].author").doesNotExist())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).doesNotContain("Жашыруун жарнама", "@example.kg", "authorAccountId", "accountId",
				String.valueOf(PARTICIPANT));
	}

	@Test
	void givesTheDispositionTable() throws Exception {
		mvc.perform(get("/api/v1/documents/{id}/dispositions", standardId))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[0].number").value(1))
			.andExpect(jsonPath("$[0].clauseNumber").value("1.1"))
			.andExpect(jsonPath("$[0].outcome").value("ACCEPTED"))
			.andExpect(jsonPath("$[0].justification").value("Беш жыл болду"))
			.andExpect(jsonPath("$[0].changedClauseNumber").value("1.1"))
			.andExpect(jsonPath("$[1].official").value(true))
			.andExpect(jsonPath("$[1].outcome").value("NOT_RELEVANT"))
			.andExpect(jsonPath("$[*].text", not(org.hamcrest.Matchers.hasItem("Жашыруун жарнама"))));
	}

	@Test
	void anUnpublishedDraftIsNotFoundAtAnyOfItsAddresses() throws Exception {
		for (String path : new String[] { "", "/versions", "/versions/1/clauses", "/compare?from=1&to=1", "/comments",
				"/dispositions" }) {
			mvc.perform(get("/api/v1/documents/" + draftId + path).header("Accept-Language", "ru"))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.title").value("Не найдено"))
				.andExpect(jsonPath("$.detail").value("Документ не найден."));
		}
	}

	@Test
	void anUnknownDocumentOrVersionIsNotFoundAndABadParameterABadRequest() throws Exception {
		mvc.perform(get("/api/v1/documents/987654321").header("Accept-Language", "en"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.status").value(404));
		mvc.perform(get("/api/v1/documents/{id}/versions/7/clauses", standardId).header("Accept-Language", "en"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("The document has no version 7."));
		mvc.perform(get("/api/v1/documents/{id}/compare", standardId).param("from", "1").param("to", "x")
			.header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("The value of parameter to is not valid."));
		mvc.perform(get("/api/v1/documents/{id}/compare", standardId).param("from", "1"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theApiIsDescribedInTheOpenApiDocument() throws Exception {
		String document = mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(document).contains("\"/api/v1/documents/{id}\"", "\"/api/v1/documents/{id}/versions\"",
				"\"/api/v1/documents/{id}/versions/{number}/clauses\"", "\"/api/v1/documents/{id}/compare\"",
				"\"/api/v1/documents/{id}/comments\"", "\"/api/v1/documents/{id}/dispositions\"", "DocumentDetail",
				"CommentEntry", "DispositionEntry");
	}

	<T> T as(long accountId, String role, Supplier<T> work) {
		return TestAccount.runAs(accountId, role, work);
	}

}
