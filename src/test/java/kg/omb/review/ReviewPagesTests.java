package kg.omb.review;

import java.time.LocalDate;
import java.util.Arrays;
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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import kg.omb.association.AssociationFixture;
import kg.omb.association.AssociationFixture.Omb;
import kg.omb.directory.Region;
import kg.omb.documents.DocumentStatus;
import kg.omb.documents.DocumentView;
import kg.omb.documents.Documents;
import kg.omb.review.domain.ExpertPool;
import kg.omb.review.domain.ExpertView;
import kg.omb.shared.Bishkek;
import kg.omb.support.AdjustableClock;
import kg.omb.support.TestAccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The review pages end to end, on a state standard at its expert review step: the chair asks for a single-blind
 * review from the document's workspace; the ranked list leaves out an expert from the authors' university and says
 * why; two experts accept, declaring no conflict (before which they see no link to the document), and submit; the
 * chair decides; the document moves on to the chair's review with the conclusion's PDF on its page, and the PDF
 * names no reviewer. Every route refuses whoever has no business there.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ AssociationFixture.class, AdjustableClock.Configuration.class })
class ReviewPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AssociationFixture fixture;

	@Autowired
	ExpertPool pool;

	@Autowired
	Documents documents;

	@Autowired
	ReviewRequests reviews;

	@Autowired
	AdjustableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	Omb omb;

	ReviewFixture experts;

	@BeforeEach
	void oneOmb() {
		omb = fixture.standardOmb(Region.ISSYK_KUL);
		experts = new ReviewFixture(fixture, pool);
	}

	String chair() {
		return "OMB_CHAIR@ASSOCIATION:" + omb.id();
	}

	<T> T asChair(Supplier<T> work) {
		return TestAccount.runAs(omb.chairAccountId(), chair(), work);
	}

	DocumentView atExpertReview() {
		return experts.atExpertReview(omb, "Экономика стандарты " + omb.n(), documents, clock);
	}

	@Test
	void theChairAsksTwoExpertsDecidesAndTheConclusionIsOnTheDocumentsPageWithoutTheirNames() throws Exception {
		ExpertView colleague = experts.approvedExpert("Университеттеш " + omb.n(), omb.baseOrganizationId(),
				Set.of(omb.codes().direction()));
		ExpertView first = experts.approvedExpert("Биринчи Сынчы " + omb.n(), elsewhere("Ош"),
				Set.of(omb.codes().direction()));
		ExpertView second = experts.approvedExpert("Экинчи Сынчы " + omb.n(), elsewhere("Талас"),
				Set.of(omb.codes().specialty()));
		DocumentView document = atExpertReview();
		LocalDate today = Bishkek.today(clock);
		mvc.perform(post("/manage/documents/" + document.id() + "/expert-review/request").with(csrf())
			.with(as(omb.chairAccountId(), chair()))
			.param("lock", String.valueOf(document.lock()))
			.param("reviewers", "2")
			.param("mode", "DOUBLE_BLIND")
			.param("answerBy", today.plusDays(5).toString())
			.param("submitBy", today.plusDays(20).toString())).andExpect(status().isUnprocessableContent());
		assertThat(reviews.latest("normative-document", document.id())).as("a published draft is never double-blind")
			.isEmpty();
		mvc.perform(post("/manage/documents/" + document.id() + "/expert-review/request").with(csrf())
			.with(as(omb.chairAccountId(), chair()))
			.param("lock", String.valueOf(document.lock()))
			.param("reviewers", "2")
			.param("mode", "SINGLE_BLIND")
			.param("answerBy", today.plusDays(5).toString())
			.param("submitBy", today.plusDays(20).toString())).andExpect(status().is3xxRedirection());
		long request = reviews.latest("normative-document", document.id()).orElseThrow().id();

		String desk = page(get("/manage/reviews/" + request), omb.chairAccountId(), chair());
		assertThat(desk).contains("Биринчи Сынчы " + omb.n(), "Экинчи Сынчы " + omb.n(), "Университеттеш " + omb.n(),
				"Автор менен бир уюмдан");
		assertThat(desk.indexOf("Биринчи Сынчы")).as("the exact specialty ranks first")
			.isLessThan(desk.indexOf("Экинчи Сынчы"));
		for (ExpertView expert : List.of(first, second)) {
			mvc.perform(post("/manage/reviews/" + request + "/invite").with(csrf())
				.with(as(omb.chairAccountId(), chair()))
				.param("expertId", String.valueOf(expert.id()))).andExpect(status().is3xxRedirection());
		}
		mvc.perform(post("/manage/reviews/" + request + "/invite").with(csrf()).with(as(omb.chairAccountId(), chair()))
			.param("expertId", String.valueOf(colleague.id())));
		assertThat(jdbc.queryForObject("select count(*) from review_assignment where request_id = ?", Long.class,
				request)).as("the colleague was not invited without a justification").isEqualTo(2);

		for (ExpertView expert : List.of(first, second)) {
			long assignment = jdbc.queryForObject(
					"select id from review_assignment where request_id = ? and expert_id = ?", Long.class, request,
					expert.id());
			String invitation = page(get("/reviews/assignments/" + assignment), expert.accountId(), "PARTICIPANT");
			assertThat(invitation).doesNotContain("href=\"/documents/" + document.id() + "\"");
			mvc.perform(post("/reviews/assignments/" + assignment + "/accept").with(csrf())
				.with(as(expert.accountId(), "PARTICIPANT"))
				.param("lock", lock(assignment))
				.param("noConflict", "true")).andExpect(status().is3xxRedirection());
			assertThat(page(get("/reviews/assignments/" + assignment), expert.accountId(), "PARTICIPANT"))
				.contains("href=\"/documents/" + document.id() + "\"");
			mvc.perform(post("/reviews/assignments/" + assignment + "/submit").with(csrf())
				.with(as(expert.accountId(), "PARTICIPANT"))
				.param("lock", lock(assignment))
				.param("score", "5", "4", "4", "5")
				.param("scoreComment", "", "", "", "")
				.param("recommendation", "APPROVE")
				.param("comment", "Стандарт даяр " + expert.id())
				.param("remarks", "Жашыруун эскертүү")).andExpect(status().is3xxRedirection());
		}
		String lock = String.valueOf(jdbc.queryForObject("select version from review_request where id = ?", Long.class,
				request));
		mvc.perform(post("/manage/reviews/" + request + "/decide").with(csrf()).with(as(omb.chairAccountId(), chair()))
			.param("lock", lock)
			.param("decision", "APPROVE")).andExpect(status().is3xxRedirection());

		DocumentView after = documents.find(document.id()).orElseThrow();
		assertThat(after.status()).isEqualTo(DocumentStatus.CHAIR_REVIEW);
		assertThat(after.expertReviewPerformed()).isTrue();
		assertThat(page(get("/manage/documents/" + document.id()), omb.chairAccountId(), chair()))
			.contains("/reviews/requests/" + request + "/conclusion.pdf");

		byte[] pdf = mvc.perform(get("/reviews/requests/" + request + "/conclusion.pdf").with(as(omb.chairAccountId(), chair())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text;
		try (PDDocument read = Loader.loadPDF(pdf)) {
			text = new PDFTextStripper().getText(read);
		}
		assertThat(text).contains("Эксперттик корутунду", "Экономика стандарты " + omb.n(), "1-эксперт", "2-эксперт",
				"Бекитүү", "Стандарт даяр " + first.id());
		assertThat(text).doesNotContain("Биринчи Сынчы", "Экинчи Сынчы", "Жашыруун эскертүү");

		String published = "/reviews/conclusions/" + request + ".pdf";
		mvc.perform(get(published)).andExpect(status().isNotFound());
		assertThat(publicPage(document.id())).doesNotContain(published);
		approveByAuthority(document.id());
		assertThat(publicPage(document.id())).as("the document in force links its conclusion").contains(published);
		assertThat(pdfText(mvc.perform(get(published)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray())).as("the published conclusion of a single-blind review names no reviewer")
			.contains("Эксперттик корутунду", "1-эксперт", "Стандарт даяр " + first.id())
			.doesNotContain("Биринчи Сынчы", "Экинчи Сынчы", "Жашыруун эскертүү");
		String openData = mvc.perform(get("/api/v1/reviews/conclusions/" + request)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(openData).as("the published conclusion as open data names no reviewer either")
			.contains("\"pdf\":\"" + published + "\"", "Стандарт даяр " + first.id(), "\"decision\":\"APPROVE\"")
			.doesNotContain("Биринчи Сынчы", "Экинчи Сынчы", "Жашыруун эскертүү");
	}

	@Test
	void aConclusionIsNeverPublishedForADocumentThatIsNotInForce() throws Exception {
		ExpertView expert = experts.approvedExpert("Жалгыз Сынчы " + omb.n(), elsewhere("Нарын"),
				Set.of(omb.codes().direction()));
		DocumentView document = atExpertReview();
		LocalDate today = Bishkek.today(clock);
		long request = asChair(() -> reviews.request(new NewReviewRequest("normative-document", document.id(),
				document.currentVersion(), null, document.title(), "ky", Set.of(), omb.id(), null, null, List.of(),
				List.of(new ReviewCriterion("Мазмуну", 5)), 1, ReviewMode.OPEN, today.plusDays(2), today.plusDays(9))))
			.id();
		String published = "/reviews/conclusions/" + request + ".pdf";
		mvc.perform(get(published)).andExpect(status().isNotFound());
		kg.omb.review.domain.ReviewService service = (kg.omb.review.domain.ReviewService) reviews;
		long assignment = asChair(() -> service.invite(request, expert.id(), null)).id();
		TestAccount.runAs(expert.accountId(), "PARTICIPANT", () -> {
			service.accept(assignment, Long.parseLong(lock(assignment)), true);
			service.submit(assignment, Long.parseLong(lock(assignment)), new kg.omb.review.domain.ReviewForm(
					List.of(new kg.omb.review.domain.ReviewAssignment.Score(2, null)), Recommendation.REJECT,
					"Кайра иштеп чыгуу керек", null));
			return null;
		});
		long lock = jdbc.queryForObject("select version from review_request where id = ?", Long.class, request);
		asChair(() -> service.decide(request, lock, Recommendation.REJECT, null));
		assertThat(documents.find(document.id()).orElseThrow().status()).isEqualTo(DocumentStatus.DRAFTING);
		mvc.perform(get(published)).andExpect(status().isNotFound());
		assertThat(publicPage(document.id())).doesNotContain(published);
		assertThat(reviews.publishedConclusion("normative-document", document.id())).isEmpty();
	}

	void approveByAuthority(long documentId) {
		assertThat(experts.approveByAuthority(omb, documentId, documents, clock).status())
			.isEqualTo(DocumentStatus.IN_FORCE);
	}

	String publicPage(long documentId) throws Exception {
		return mvc.perform(get("/documents/" + documentId)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	static String pdfText(byte[] pdf) throws java.io.IOException {
		try (PDDocument read = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(read);
		}
	}

	@Test
	void eachRouteRefusesWhoeverHasNoBusinessThere() throws Exception {
		ExpertView expert = experts.approvedExpert("Бөтөн " + omb.n(), omb.employerId(), Set.of(omb.codes().direction()));
		DocumentView document = atExpertReview();
		LocalDate today = Bishkek.today(clock);
		long request = asChair(() -> reviews.request(new NewReviewRequest("normative-document", document.id(), 1, null,
				document.title(), "ky", Set.of(), omb.id(), null, null, List.of(),
				List.of(new ReviewCriterion("Мазмуну", 5)), 2, ReviewMode.OPEN, today.plusDays(2), today.plusDays(9))))
			.id();
		long stranger = fixture.asAdministrator(() -> fixture.account("Бейтарап"));
		mvc.perform(get("/manage/reviews/" + request).with(as(stranger, "OMB_MEMBER@ASSOCIATION:" + omb.id())))
			.andExpect(status().isForbidden());
		mvc.perform(get("/manage/reviews/" + request).with(as(stranger, "OMB_CHAIR@ASSOCIATION:" + (omb.id() + 1000))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/manage/reviews").with(as(stranger, "PARTICIPANT"))).andExpect(status().isForbidden());
		mvc.perform(get("/reviews/requests/" + request + "/conclusion.pdf").with(as(stranger, "PARTICIPANT")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/manage/reviews/" + request + "/invite").with(csrf()).with(as(expert.accountId(), "PARTICIPANT"))
			.param("expertId", String.valueOf(expert.id()))).andExpect(status().isForbidden());
		long assignment = asChair(() -> ((kg.omb.review.domain.ReviewService) reviews).invite(request, expert.id(), null))
			.id();
		mvc.perform(get("/reviews/assignments/" + assignment).with(as(stranger, "PARTICIPANT")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/reviews/assignments/" + assignment).with(as(expert.accountId(), "PARTICIPANT")))
			.andExpect(status().isOk());
		mvc.perform(get("/reviews/experts").with(as(stranger, "PARTICIPANT"))).andExpect(status().isOk());
		mvc.perform(get("/reviews")).andExpect(status().is3xxRedirection());
	}

	@Test
	void aProfileWithoutOrganisationIsRefusedWithATranslatedMessageAndNothingSaved() throws Exception {
		long person = fixture.asAdministrator(() -> fixture.account("Шашкалак"));
		String html = mvc.perform(post("/reviews/experts").with(csrf()).with(as(person, "PARTICIPANT"))
			.param("personName", "Шашкалак")
			.param("specialtyCodes", omb.codes().direction())
			.param("languages", "ky")
			.param("experienceYears", "3"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Бул талааны толтуруңуз.");
		assertThat(jdbc.queryForObject("select count(*) from review_expert where account_id = ?", Long.class, person))
			.isZero();
	}

	/** A university that has nothing to do with the OMB's authors. */
	long elsewhere(String town) {
		return experts.unrelatedUniversity(omb, town);
	}

	String lock(long assignment) {
		return String.valueOf(jdbc.queryForObject("select version from review_assignment where id = ?", Long.class,
				assignment));
	}

	String page(MockHttpServletRequestBuilder request, long account, String... roles) throws Exception {
		return mvc.perform(request.with(as(account, roles))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	static RequestPostProcessor as(long accountId, String... roles) {
		var principal = new TestAccount(accountId, "account" + accountId + "@omb.test", "account " + accountId);
		List<SimpleGrantedAuthority> authorities = Arrays.stream(roles)
			.flatMap(role -> role.contains("@")
					? java.util.stream.Stream.of(new SimpleGrantedAuthority(role),
							new SimpleGrantedAuthority("ROLE_" + role.substring(0, role.indexOf('@'))))
					: java.util.stream.Stream.of(new SimpleGrantedAuthority("ROLE_" + role)))
			.toList();
		return authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
	}

}
