package kg.omb.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import kg.omb.association.AssociationFixture;
import kg.omb.association.AssociationFixture.Omb;
import kg.omb.directory.Region;
import kg.omb.review.domain.ExpertPool;
import kg.omb.review.domain.ExpertView;
import kg.omb.review.domain.ReviewAssignment;
import kg.omb.review.domain.ReviewForm;
import kg.omb.review.domain.ReviewService;
import kg.omb.shared.Bishkek;
import kg.omb.shared.LocalizedText;
import kg.omb.support.AdjustableClock;
import kg.omb.support.TestAccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The review API gives each reader what the pages give them, asserted on the JSON itself: in double-blind mode
 * the expert's invitations name no author nor the authors' organisation, before and after they declared no
 * conflict; in single-blind mode the authors read the reviews without the reviewers' names or the confidential
 * remarks, which the chair reads; the ranked reviewers carry the conflict rules' reasons in the reader's
 * language; whoever has no business with a request is refused with a problem detail, and the API is described
 * in the OpenAPI document.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ AssociationFixture.class, AdjustableClock.Configuration.class })
class ReviewsRestApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AssociationFixture fixture;

	@Autowired
	ExpertPool pool;

	@Autowired
	ReviewService reviews;

	@Autowired
	AdjustableClock clock;

	Omb omb;

	ReviewFixture experts;

	long authorAccount;

	String authorName;

	@BeforeEach
	void oneOmb() {
		omb = fixture.standardOmb(Region.TALAS);
		experts = new ReviewFixture(fixture, pool);
		authorName = "Жазуучу Авторбеков " + omb.n();
		authorAccount = fixture.asAdministrator(() -> fixture.account(authorName));
	}

	@Test
	void inDoubleBlindTheExpertsInvitationsNameNoAuthorNorTheirOrganisation() throws Exception {
		ExpertView expert = experts.approvedExpert("Сокур Эксперт " + omb.n(), omb.employerId(),
				Set.of(omb.codes().direction()));
		long request = asChair(() -> reviews.request(request(ReviewMode.DOUBLE_BLIND))).id();
		long invitation = asChair(() -> reviews.invite(request, expert.id(), null)).id();
		RequestPostProcessor theExpert = ReviewPagesTests.as(expert.accountId(), "PARTICIPANT");

		String before = json(get("/api/v1/reviews/tasks/" + invitation).with(theExpert), status().isOk());
		assertThat(before).contains("Китеп кол жазмасы " + omb.n()).doesNotContain(authorName, "/manuscripts/");
		assertThat(before).contains("\"maySeeSubject\":false", "\"authors\":[]");

		TestAccount.runAs(expert.accountId(), "PARTICIPANT", () -> {
			reviews.accept(invitation, reviews.task(invitation).assignment().lock(), true);
			reviews.submit(invitation, reviews.task(invitation).assignment().lock(), approve());
			return null;
		});
		for (String path : List.of("/api/v1/reviews/tasks/" + invitation, "/api/v1/reviews/tasks")) {
			String after = json(get(path).with(theExpert), status().isOk());
			assertThat(after).contains("/manuscripts/" + omb.n(), "Кол жазма даяр", "\"authors\":[]")
				.doesNotContain(authorName, "\"organizationId\":" + omb.baseOrganizationId());
		}
		json(get("/api/v1/reviews/requests/" + request).with(theExpert), status().isForbidden());
	}

	@Test
	void inSingleBlindTheAuthorReadsTheReviewsWithoutTheReviewersNameOrTheConfidentialRemarks() throws Exception {
		ExpertView expert = experts.approvedExpert("Жашырын Сынчы " + omb.n(), omb.employerId(),
				Set.of(omb.codes().direction()));
		long request = asChair(() -> reviews.request(request(ReviewMode.SINGLE_BLIND))).id();
		long invitation = asChair(() -> reviews.invite(request, expert.id(), null)).id();
		TestAccount.runAs(expert.accountId(), "PARTICIPANT", () -> {
			reviews.accept(invitation, reviews.task(invitation).assignment().lock(), true);
			reviews.submit(invitation, reviews.task(invitation).assignment().lock(), approve());
			return null;
		});

		String author = json(get("/api/v1/reviews/requests/" + request)
			.with(ReviewPagesTests.as(authorAccount, "PARTICIPANT")), status().isOk());
		assertThat(author).contains("Кол жазма даяр", "\"anonymous\":true", "\"reviewer\":null")
			.doesNotContain("Жашырын Сынчы", "Төрагага гана", "account" + expert.accountId());

		String chair = json(get("/api/v1/reviews/requests/" + request)
			.with(ReviewPagesTests.as(omb.chairAccountId(), chair())), status().isOk());
		assertThat(chair).contains("Жашырын Сынчы " + omb.n(), "Төрагага гана", "\"anonymous\":false");
		assertThat(json(get("/api/v1/reviews/requests").with(ReviewPagesTests.as(omb.chairAccountId(), chair())),
				status().isOk())).contains("\"id\":" + request);
	}

	@Test
	void theRankedReviewersSayInTheReadersLanguageWhyAColleagueOfTheAuthorIsLeftOut() throws Exception {
		experts.approvedExpert("Кесиптеш " + omb.n(), omb.baseOrganizationId(), Set.of(omb.codes().direction()));
		experts.approvedExpert("Бейтарап Эксперт " + omb.n(), omb.employerId(), Set.of(omb.codes().direction()));
		long request = asChair(() -> reviews.request(request(ReviewMode.OPEN))).id();
		RequestPostProcessor chair = ReviewPagesTests.as(omb.chairAccountId(), chair());

		mvc.perform(get("/api/v1/reviews/requests/" + request + "/suggestions").with(chair).header("Accept-Language", "ru"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.expert.name == 'Кесиптеш %s')].eligible".formatted(omb.n())).value(false))
			.andExpect(jsonPath("$[?(@.expert.name == 'Кесиптеш %s')].conflicts[0].key".formatted(omb.n()))
				.value("review.conflict.same-organisation"))
			.andExpect(jsonPath("$[?(@.expert.name == 'Бейтарап Эксперт %s')].eligible".formatted(omb.n()))
				.value(true));
		String russian = json(get("/api/v1/reviews/requests/" + request + "/suggestions").with(chair)
			.header("Accept-Language", "ru"), status().isOk());
		assertThat(russian).contains("\"text\":\"Из той же организации, что и автор\"");
		assertThat(json(get("/api/v1/reviews/experts?specialty=" + omb.codes().direction()).with(chair),
				status().isOk())).contains("Бейтарап Эксперт " + omb.n());
	}

	@Test
	void whoeverHasNoBusinessWithARequestIsRefusedWithAProblemDetail() throws Exception {
		long request = asChair(() -> reviews.request(request(ReviewMode.OPEN))).id();
		long stranger = fixture.asAdministrator(() -> fixture.account("Четтеги " + omb.n()));

		mvc.perform(get("/api/v1/reviews/requests/" + request)).andExpect(status().isUnauthorized());
		for (String role : List.of("PARTICIPANT", "OMB_MEMBER@ASSOCIATION:" + omb.id(),
				"OMB_CHAIR@ASSOCIATION:" + (omb.id() + 1000))) {
			mvc.perform(get("/api/v1/reviews/requests/" + request).with(ReviewPagesTests.as(stranger, role)))
				.andExpect(status().isForbidden())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.messageKey").value("review.error.not-allowed"));
			mvc.perform(get("/api/v1/reviews/requests/" + request + "/suggestions")
				.with(ReviewPagesTests.as(stranger, role))).andExpect(status().isForbidden());
		}
		mvc.perform(get("/api/v1/reviews/experts").with(ReviewPagesTests.as(stranger, "PARTICIPANT")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/reviews/requests/" + (request + 100_000))
			.with(ReviewPagesTests.as(omb.chairAccountId(), chair()))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/reviews/conclusions/" + request)).andExpect(status().isNotFound());
		assertThat(json(get("/api/v1/reviews/tasks").with(ReviewPagesTests.as(stranger, "PARTICIPANT")),
				status().isOk())).isEqualTo("[]");
		assertThat(mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString()).contains("/api/v1/reviews/requests/{id}", "/api/v1/reviews/tasks/{id}",
					"/api/v1/reviews/conclusions/{id}", "/api/v1/reviews/requests/{id}/suggestions");
	}

	String chair() {
		return "OMB_CHAIR@ASSOCIATION:" + omb.id();
	}

	<T> T asChair(Supplier<T> work) {
		return TestAccount.runAs(omb.chairAccountId(), chair(), work);
	}

	NewReviewRequest request(ReviewMode mode) {
		LocalDate today = Bishkek.today(clock);
		return new NewReviewRequest("manuscript", 800_000 + omb.n(), 1, "/manuscripts/" + omb.n(),
				LocalizedText.of("Китеп кол жазмасы " + omb.n(), null, null), "ky", Set.of(omb.codes().direction()),
				omb.id(), null, null, List.of(new SubjectAuthor(authorName, authorAccount, omb.baseOrganizationId())),
				List.of(new ReviewCriterion("Мазмуну", 5), new ReviewCriterion("Тили", 5)), 2, mode,
				today.plusDays(5), today.plusDays(20));
	}

	static ReviewForm approve() {
		return new ReviewForm(List.of(new ReviewAssignment.Score(5, null), new ReviewAssignment.Score(4, null)),
				Recommendation.APPROVE, "Кол жазма даяр", "Төрагага гана");
	}

	String json(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			ResultMatcher expected) throws Exception {
		return mvc.perform(request).andExpect(expected).andReturn().getResponse().getContentAsString(
				java.nio.charset.StandardCharsets.UTF_8);
	}

}
