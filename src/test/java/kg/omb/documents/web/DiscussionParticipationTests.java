package kg.omb.documents.web;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import kg.omb.association.AssociationFixture;
import kg.omb.association.AssociationFixture.Omb;
import kg.omb.directory.Region;
import kg.omb.support.AdjustableClock;
import kg.omb.support.TestAccount;

import static kg.omb.documents.web.PublicDocumentsFixture.PARTICIPANT;
import static kg.omb.documents.web.PublicDocumentsFixture.REPRESENTATIVE;
import static kg.omb.documents.web.PublicDocumentsFixture.SECRETARY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Taking part in a discussion from the document's page: comments on a clause, on a passage and on the whole
 * document, official comments, replies, reports and the secretary's hiding, inside and outside the window by the
 * server's clock; refusals are shown on the page in the person's language with the text as typed.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ AssociationFixture.class, AdjustableClock.Configuration.class, PublicDocumentsFixture.class })
class DiscussionParticipationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PublicDocumentsFixture fixture;

	@Autowired
	AdjustableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	Omb omb;

	long documentId;

	String clause3;

	@BeforeEach
	void draftUnderDiscussion() {
		clock.set(java.time.Instant.parse("2026-12-02T06:00:00Z"));
		omb = fixture.omb(Region.CHUY);
		documentId = fixture.underDiscussion(omb, "Талкуудагы МББС " + omb.n());
		clause3 = fixture.clause(documentId, 1, "3").key();
	}

	@Test
	void aSignedInParticipantSeesTheFormAndCommentsOnAClause() throws Exception {
		String page = page(get("/documents/" + documentId + "?clause=" + clause3 + "&lang=ky"), as(PARTICIPANT, "PARTICIPANT"));
		assertThat(page).contains("id=\"comment-form\"", "action=\"/documents/" + documentId + "/comments\"",
				"id=\"comment-text\"", "id=\"comment-stakeholder\"", "id=\"comment-region\"", "id=\"comment-quote\"",
				"id=\"comment-on-selection\"", "src=\"/js/discussion.js\"")
			.contains("<option value=\"" + clause3 + "\" selected=\"selected\">3</option>")
			.doesNotContain("id=\"comment-organization\"", "Сунуш-пикирди жашыруу");

		mvc.perform(comment(PARTICIPANT, "PARTICIPANT", clause3, "", "Беш жыл болушу керек.", "TEACHER", "OSH_CITY"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/documents/" + documentId + "#comment-*"))
			.andExpect(flash().attribute("flash", "documents.public.comment.posted"));

		String after = page(get("/documents/" + documentId + "?lang=ky"), as(PARTICIPANT, "PARTICIPANT"));
		assertThat(after).contains("Беш жыл болушу керек.", "Айгүл Осмонова", "окутуучу", "Ош шаары")
			.contains("id=\"comments-" + clause3 + "\"", "Сунуш-пикирлер: 1");
	}

	@Test
	void aPassageSelectedInAClauseIsKeptWithTheComment() throws Exception {
		mvc.perform(comment(PARTICIPANT, "PARTICIPANT", clause3, "төрт жыл", "Мөөнөттү өзгөртүү керек.", "STUDENT", ""))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select quote_start from document_comment where document_id = ?", Integer.class,
				documentId)).isEqualTo(38);
		assertThat(page(get("/documents/" + documentId + "?lang=ky"), null)).contains("<q>төрт жыл</q>",
				"Мөөнөттү өзгөртүү керек.");
	}

	@Test
	void aCommentOnTheWholeDocumentHasNoClause() throws Exception {
		mvc.perform(comment(PARTICIPANT, "PARTICIPANT", "", "", "Жалпысынан жактырам.", "CITIZEN", "BISHKEK_CITY"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select count(*) from document_comment where document_id = ? and clause_key is null",
				Integer.class, documentId)).isEqualTo(1);
		assertThat(page(get("/documents/" + documentId + "?lang=ky"), null)).contains("id=\"comments-whole-document\"",
				"Жалпысынан жактырам.");
	}

	@Test
	void theServerRefusesACommentOnceTheWindowHasClosedAndKeepsTheTypedText() throws Exception {
		clock.advance(Duration.ofDays(31));
		String page = mvc.perform(comment(PARTICIPANT, "PARTICIPANT", clause3, "", "Кечиккен пикир", "CITIZEN", "")
				.param("lang", "ky"))
			.andExpect(status().isUnprocessableContent())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"comment-error\"", "жабылган; сунуш-пикир мындан ары кабыл алынбайт")
			.contains("Кечиккен пикир</textarea>")
			.doesNotContain("id=\"comment-form\"");
		assertThat(comments()).isZero();
	}

	@Test
	void aRefusedCommentShowsTheReasonAndTheTextAsTyped() throws Exception {
		String page = mvc.perform(comment(PARTICIPANT, "PARTICIPANT", clause3, "жок сөздөр", "Менин пикирим", "CITIZEN", "")
				.param("lang", "ru"))
			.andExpect(status().isUnprocessableContent())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"comment-error\"", "Выделенного фрагмента нет в этом пункте", "Менин пикирим</textarea>",
				"value=\"жок сөздөр\"");
		String empty = mvc.perform(comment(PARTICIPANT, "PARTICIPANT", "", "", " ", "CITIZEN", "").param("lang", "en"))
			.andExpect(status().isUnprocessableContent())
			.andReturn().getResponse().getContentAsString();
		assertThat(empty).contains("Write the text of your comment.");
		assertThat(comments()).isZero();
	}

	@Test
	void signedOutVisitorsAreSentToSignInAndSeeALinkInsteadOfTheForm() throws Exception {
		mvc.perform(post("/documents/" + documentId + "/comments").with(csrf()).param("text", "Аноним"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
		assertThat(comments()).isZero();
		assertThat(page(get("/documents/" + documentId + "?lang=ky"), null)).contains("id=\"sign-in-to-comment\"",
				"Сунуш-пикир берүү үчүн кириңиз").doesNotContain("id=\"comment-form\"");
	}

	@Test
	void aRepresentativeFilesAnOfficialCommentOnBehalfOfTheOrganisation() throws Exception {
		String role = "ORG_REPRESENTATIVE@ORGANIZATION:" + omb.employerId();
		assertThat(page(get("/documents/" + documentId + "?lang=ky"), as(REPRESENTATIVE, role)))
			.contains("id=\"comment-organization\"", "Иш берүүчү " + omb.n() + " атынан расмий сунуш-пикир");
		mvc.perform(comment(REPRESENTATIVE, role, "", "", "Уюмдун расмий пикири", "EMPLOYER", "CHUY")
				.param("organization", String.valueOf(omb.employerId())))
			.andExpect(status().is3xxRedirection());
		assertThat(page(get("/documents/" + documentId + "?lang=ky"), null))
			.contains("Расмий сунуш-пикир: Иш берүүчү " + omb.n(), "Уюмдун расмий пикири");

		String refused = mvc.perform(comment(PARTICIPANT, "PARTICIPANT", "", "", "Уюмдун атынан", "EMPLOYER", "")
				.param("organization", String.valueOf(omb.employerId())).param("lang", "ky"))
			.andExpect(status().isUnprocessableContent())
			.andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("Сиз бул уюмдун атынан расмий сунуш-пикир бере албайсыз.");
		assertThat(comments()).isEqualTo(1);
	}

	@Test
	void aReplyIsNestedUnderTheCommentItAnswers() throws Exception {
		long commentId = postComment("Биринчи пикир");
		mvc.perform(post("/documents/" + documentId + "/comments/" + commentId + "/replies").with(csrf())
				.with(as(SECRETARY, "PARTICIPANT")).param("text", "Жооп: макулбуз").param("stakeholder", "TEACHER"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "documents.public.reply.posted"));
		String page = page(get("/documents/" + documentId + "?lang=ky"), null);
		String thread = page.substring(page.indexOf("id=\"comment-" + commentId + "\""));
		assertThat(thread.substring(thread.indexOf("comment-replies"))).contains("Жооп: макулбуз");
	}

	@Test
	void aReplyAfterTheWindowClosedIsRefusedWithTheReason() throws Exception {
		long commentId = postComment("Биринчи пикир");
		clock.advance(Duration.ofDays(31));
		String page = mvc.perform(post("/documents/" + documentId + "/comments/" + commentId + "/replies").with(csrf())
				.with(as(SECRETARY, "PARTICIPANT")).param("text", "Кеч жооп").param("stakeholder", "TEACHER")
				.param("lang", "ky"))
			.andExpect(status().isUnprocessableContent())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"reply-error\"", "жабылган; сунуш-пикир мындан ары кабыл алынбайт");
		assertThat(comments()).isEqualTo(1);
	}

	@Test
	void anyoneSignedInReportsACommentWithAReason() throws Exception {
		long commentId = postComment("Жарнама: арзан китептер");
		mvc.perform(post("/documents/" + documentId + "/comments/" + commentId + "/reports").with(csrf())
				.with(as(REPRESENTATIVE, "PARTICIPANT")).param("reason", "SPAM"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "documents.public.report.sent"));
		mvc.perform(post("/documents/" + documentId + "/comments/" + commentId + "/reports").with(csrf())
				.with(as(REPRESENTATIVE, "PARTICIPANT")).param("reason", "NONSENSE"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("errorKey", "documents.public.error.report-reason"));
		assertThat(jdbc.queryForObject("select count(*) from document_comment_report where comment_id = ? and reason = 'SPAM'",
				Integer.class, commentId)).isEqualTo(1);
	}

	@Test
	void onlyTheSecretaryOrChairHidesACommentAndThePageShowsTheReasonInsteadOfTheText() throws Exception {
		long commentId = postComment("Жарнама: арзан китептер");
		String secretary = PublicDocumentsFixture.secretary(omb);
		for (RequestPostProcessor other : List.of(as(PARTICIPANT, "PARTICIPANT"),
				as(REPRESENTATIVE, "OMB_SECRETARY@ASSOCIATION:" + (omb.id() + 1000)))) {
			mvc.perform(post("/documents/" + documentId + "/comments/" + commentId + "/hide").with(csrf()).with(other)
					.param("reason", "жарнама"))
				.andExpect(status().isForbidden());
		}
		assertThat(hidden(commentId)).isZero();
		assertThat(page(get("/documents/" + documentId + "?lang=ky"), as(SECRETARY, secretary)))
			.contains("action=\"/documents/" + documentId + "/comments/" + commentId + "/hide\"");

		mvc.perform(post("/documents/" + documentId + "/comments/" + commentId + "/hide").with(csrf())
				.with(as(SECRETARY, secretary)).param("reason", " "))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("errorKey", "documents.discussion.hide-reason-required"));
		mvc.perform(post("/documents/" + documentId + "/comments/" + commentId + "/hide").with(csrf())
				.with(as(SECRETARY, secretary)).param("reason", "Жарнама, талкууга тиешеси жок"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "documents.public.hide.done"));

		assertThat(hidden(commentId)).isEqualTo(1);
		assertThat(page(get("/documents/" + documentId + "?lang=ky"), null))
			.contains("Бул сунуш-пикирди ОМБнын модератору жашырды. Себеби: Жарнама, талкууга тиешеси жок")
			.doesNotContain("арзан китептер");
	}

	@Test
	void aCommentOfAnotherDocumentIsNotFoundUnderThisOne() throws Exception {
		long commentId = postComment("Пикир");
		long another = fixture.underDiscussion(omb, "Башка долбоор " + omb.n());
		mvc.perform(post("/documents/" + another + "/comments/" + commentId + "/reports").with(csrf())
				.with(as(PARTICIPANT, "PARTICIPANT")).param("reason", "SPAM"))
			.andExpect(status().isNotFound());
	}

	private long postComment(String text) throws Exception {
		mvc.perform(comment(PARTICIPANT, "PARTICIPANT", clause3, "", text, "CITIZEN", ""))
			.andExpect(status().is3xxRedirection());
		return jdbc.queryForObject("select max(id) from document_comment where document_id = ?", Long.class, documentId);
	}

	private MockHttpServletRequestBuilder comment(long accountId, String role, String clause, String quote, String text,
			String stakeholder, String region) {
		return post("/documents/" + documentId + "/comments").with(csrf())
			.with(as(accountId, role))
			.param("clause", clause)
			.param("quote", quote)
			.param("quoteStart", quote.isEmpty() ? "" : "38")
			.param("text", text)
			.param("stakeholder", stakeholder)
			.param("region", region);
	}

	private String page(MockHttpServletRequestBuilder request, RequestPostProcessor signedIn) throws Exception {
		if (signedIn != null) {
			request.with(signedIn);
		}
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private int comments() {
		return jdbc.queryForObject("select count(*) from document_comment where document_id = ?", Integer.class,
				documentId);
	}

	private int hidden(long commentId) {
		return jdbc.queryForObject("select count(*) from document_comment where id = ? and hidden_at is not null",
				Integer.class, commentId);
	}

	/** Signed in as the account with a role, scoped ({@code OMB_SECRETARY@ASSOCIATION:7}) or plain. */
	static RequestPostProcessor as(long accountId, String role) {
		int at = role.indexOf('@');
		List<SimpleGrantedAuthority> authorities = Stream.of(role, "ROLE_" + (at > 0 ? role.substring(0, at) : role))
			.distinct()
			.map(SimpleGrantedAuthority::new)
			.toList();
		TestAccount principal = new TestAccount(accountId, "account" + accountId + "@omb.test", "account " + accountId);
		return authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
	}

}
