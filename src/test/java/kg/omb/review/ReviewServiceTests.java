package kg.omb.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import kg.omb.association.AssociationFixture;
import kg.omb.association.AssociationFixture.Omb;
import kg.omb.directory.Region;
import kg.omb.review.domain.AssignmentStatus;
import kg.omb.review.domain.ExpertPool;
import kg.omb.review.domain.ExpertProfile;
import kg.omb.review.domain.ExpertTask;
import kg.omb.review.domain.ExpertView;
import kg.omb.review.domain.PoolFilter;
import kg.omb.review.domain.RequestDetail;
import kg.omb.review.domain.ReviewAssignment;
import kg.omb.review.domain.ReviewForm;
import kg.omb.review.domain.ReviewService;
import kg.omb.review.domain.Suggestion;
import kg.omb.shared.Bishkek;
import kg.omb.shared.DomainException;
import kg.omb.shared.LocalizedText;
import kg.omb.support.AdjustableClock;
import kg.omb.support.TestAccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Expert review as each role meets it: who keeps the pool, who organises and decides a review, what an expert may
 * do with their own invitation only; conflicts and their written override; blind modes in what each reader sees;
 * the decision concluding the round; revise-and-resubmit opening the next one.
 */
@SpringBootTest
@Import({ AssociationFixture.class, AdjustableClock.Configuration.class })
class ReviewServiceTests {

	@Autowired
	AssociationFixture fixture;

	ReviewFixture experts;

	@Autowired
	ExpertPool pool;

	@Autowired
	ReviewService reviews;

	@Autowired
	ReviewsDone reviewsDone;

	@Autowired
	AdjustableClock clock;

	@Autowired
	kg.omb.review.domain.ReviewDigest digest;

	@Autowired
	JdbcTemplate jdbc;

	Omb omb;

	long authorAccount;

	@BeforeEach
	void oneOmb() {
		experts = new ReviewFixture(fixture, pool);
		omb = fixture.standardOmb(Region.CHUY);
		authorAccount = fixture.asAdministrator(() -> fixture.account("Автор Авторов"));
	}

	String chair() {
		return "OMB_CHAIR@ASSOCIATION:" + omb.id();
	}

	<T> T as(String role, Supplier<T> work) {
		return TestAccount.runAs(omb.chairAccountId(), role, work);
	}

	NewReviewRequest request(ReviewMode mode, int version) {
		LocalDate today = Bishkek.today(clock);
		return new NewReviewRequest("normative-document", 900_000 + omb.n(), version, "/documents/1",
				LocalizedText.of("Стандарт " + omb.n(), null, null), "ky", Set.of(omb.codes().direction()), omb.id(),
				omb.sectionId(), null, List.of(new SubjectAuthor("Автор Авторов", authorAccount, omb.baseOrganizationId())),
				List.of(new ReviewCriterion("Толуктугу", 5), new ReviewCriterion("Шайкештиги", 5)),
				NewReviewRequest.DEFAULT_REVIEWERS, mode, today.plusDays(5), today.plusDays(20));
	}

	ReviewForm approve() {
		return new ReviewForm(List.of(new ReviewAssignment.Score(5, "Жакшы"), new ReviewAssignment.Score(4, null)),
				Recommendation.APPROVE, "Документ даяр", "Төрага үчүн гана");
	}

	@Test
	void aPersonAppliesAndOnlyAnOmbChairOrSecretaryApproves() {
		long account = fixture.asAdministrator(() -> fixture.account("Жаңы Эксперт"));
		ExpertView applied = TestAccount.runAs(account, "PARTICIPANT", () -> pool.apply(new ExpertProfile(
				"Жаңы Эксперт", "PhD", null, Set.of(omb.employerId()), Set.of(omb.codes().direction()), Set.of("ky"), 5,
				null)));
		assertThatThrownBy(() -> TestAccount.runAs(account, "OMB_MEMBER@ASSOCIATION:" + omb.id(),
				() -> pool.approve(applied.id(), applied.lock())))
			.isInstanceOf(AccessDeniedException.class);
		ExpertView approved = TestAccount.runAs(omb.chairAccountId(), chair(),
				() -> pool.approve(applied.id(), applied.lock()));
		assertThat(approved.status()).hasToString("APPROVED");
		assertThat(as("OMB_SECRETARY@ASSOCIATION:" + omb.id(),
				() -> pool.search(new PoolFilter(omb.codes().direction(), omb.employerId(), "ky", 0, null))))
			.extracting(ExpertView::personName)
			.contains("Жаңы Эксперт");
		assertThat(as(chair(), () -> pool.search(new PoolFilter(null, null, "en", null, null))))
			.extracting(ExpertView::personName)
			.doesNotContain("Жаңы Эксперт");
	}

	@Test
	void theRankedListLeavesOutAnExpertFromTheAuthorsUniversityAndSaysWhy() {
		ExpertView colleague = experts.approvedExpert("Кесиптеш " + omb.n(), omb.baseOrganizationId(),
				Set.of(omb.codes().direction()));
		ExpertView outsider = experts.approvedExpert("Сырттан " + omb.n(), omb.employerId(),
				Set.of(omb.codes().direction()));
		ReviewRequestView request = as(chair(), () -> reviews.request(request(ReviewMode.OPEN, 1)));
		List<Suggestion> ranked = as(chair(), () -> reviews.suggestions(request.id()));
		Suggestion first = ranked.stream().filter(s -> s.expert().id() == outsider.id()).findFirst().orElseThrow();
		Suggestion refused = ranked.stream().filter(s -> s.expert().id() == colleague.id()).findFirst().orElseThrow();
		assertThat(first.eligible()).isTrue();
		assertThat(first.match()).isEqualTo(2);
		assertThat(refused.conflictReasons()).containsExactly("review.conflict.same-organisation");
		assertThatThrownBy(() -> as(chair(), () -> reviews.invite(request.id(), colleague.id(), " ")))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.messageKey()).isEqualTo("review.error.conflict-needs-justification"));
		var overridden = as(chair(), () -> reviews.invite(request.id(), colleague.id(),
				"Бул тармакта башка эксперт жок"));
		assertThat(overridden.overrideReasons()).containsExactly("review.conflict.same-organisation");
		assertThat(overridden.overrideJustification()).isEqualTo("Бул тармакта башка эксперт жок");
		assertThat(jdbc.queryForList("select action from audit_entry where target_type = 'review-request'"
				+ " and target_id = ?", String.class, String.valueOf(request.id())))
			.contains("review.requested", "review.invited", "review.conflict.overridden");
	}

	@Test
	void onlyTheOrganisersOfTheSubjectsOmbAskAndInvite() {
		assertThatThrownBy(() -> as("OMB_CHAIR@ASSOCIATION:" + (omb.id() + 1000),
				() -> reviews.request(request(ReviewMode.OPEN, 1))))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as("OMB_MEMBER@ASSOCIATION:" + omb.id(), () -> reviews.request(request(ReviewMode.OPEN, 1))))
			.isInstanceOf(AccessDeniedException.class);
		ReviewRequestView request = as("OMB_SECRETARY@ASSOCIATION:" + omb.id(),
				() -> reviews.request(request(ReviewMode.OPEN, 1)));
		assertThatThrownBy(() -> TestAccount.runAs(authorAccount, "PARTICIPANT", () -> reviews.suggestions(request.id())))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void anExpertSeesTheSubjectOnlyAfterDeclaringNoConflictAndActsOnTheirOwnInvitationOnly() {
		ExpertView expert = experts.approvedExpert("Эксперт " + omb.n(), omb.employerId(), Set.of(omb.codes().direction()));
		ReviewRequestView request = as(chair(), () -> reviews.request(request(ReviewMode.DOUBLE_BLIND, 1)));
		long invitation = as(chair(), () -> reviews.invite(request.id(), expert.id(), null)).id();
		ExpertTask before = TestAccount.runAs(expert.accountId(), "PARTICIPANT", () -> reviews.task(invitation));
		assertThat(before.maySeeSubject()).isFalse();
		assertThat(before.subjectLink()).isEmpty();
		assertThatThrownBy(() -> TestAccount.runAs(authorAccount, "PARTICIPANT", () -> reviews.task(invitation)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> TestAccount.runAs(expert.accountId(), "PARTICIPANT", () -> {
			reviews.accept(invitation, before.assignment().lock(), false);
			return null;
		})).isInstanceOfSatisfying(DomainException.class,
				e -> assertThat(e.messageKey()).isEqualTo("review.error.declaration-required"));
		TestAccount.runAs(expert.accountId(), "PARTICIPANT", () -> {
			reviews.accept(invitation, before.assignment().lock(), true);
			return null;
		});
		ExpertTask after = TestAccount.runAs(expert.accountId(), "PARTICIPANT", () -> reviews.task(invitation));
		assertThat(after.maySeeSubject()).isTrue();
		assertThat(after.subjectLink()).isEqualTo("/documents/1");
		assertThat(after.authors()).as("double-blind: the reviewer does not see the authors").isEmpty();
		List<String> mails = jdbc.queryForList("select subject || ' ' || body_text || ' ' || body_html from mail_outbox"
				+ " where recipient_address = ?", String.class,
				kg.omb.notifications.TestAccounts.email(expert.accountId()));
		assertThat(mails).anySatisfy(mail -> assertThat(mail).contains("Экспертизага чакыруу: Стандарт " + omb.n()));
		assertThat(mails).allSatisfy(mail -> assertThat(mail).doesNotContain("Автор Авторов"));
	}

	@Test
	void inSingleBlindTheAuthorsReadTheReviewsWithoutTheReviewersNamesOrTheConfidentialRemarks() {
		ExpertView expert = experts.approvedExpert("Жашыруун Эксперт " + omb.n(), omb.employerId(),
				Set.of(omb.codes().direction()));
		ReviewRequestView request = as(chair(), () -> reviews.request(request(ReviewMode.SINGLE_BLIND, 1)));
		long invitation = as(chair(), () -> reviews.invite(request.id(), expert.id(), null)).id();
		submit(expert, invitation);
		RequestDetail seenByAuthor = TestAccount.runAs(authorAccount, "PARTICIPANT", () -> reviews.detail(request.id()));
		assertThat(seenByAuthor.assignments()).singleElement().satisfies(review -> {
			assertThat(review.anonymous()).isTrue();
			assertThat(review.reviewer()).isEmpty();
			assertThat(review.confidentialRemarks()).isNull();
			assertThat(review.comment()).isEqualTo("Документ даяр");
		});
		assertThat(seenByAuthor.toString()).doesNotContain("Жашыруун Эксперт");
		RequestDetail seenByChair = as(chair(), () -> reviews.detail(request.id()));
		assertThat(seenByChair.assignments()).singleElement().satisfies(review -> {
			assertThat(review.reviewer()).isEqualTo("Жашыруун Эксперт " + omb.n());
			assertThat(review.confidentialRemarks()).isEqualTo("Төрага үчүн гана");
		});
	}

	@Test
	void reviseAndResubmitOpensANewRoundOnTheNewVersionAndReinvitesTheReviewers() {
		ExpertView expert = experts.approvedExpert("Айлампа Эксперт " + omb.n(), omb.employerId(),
				Set.of(omb.codes().direction()));
		ReviewRequestView request = as(chair(), () -> reviews.request(request(ReviewMode.OPEN, 1)));
		long invitation = as(chair(), () -> reviews.invite(request.id(), expert.id(), null)).id();
		submit(expert, invitation);
		assertThatThrownBy(() -> TestAccount.runAs(expert.accountId(), "PARTICIPANT",
				() -> reviews.decide(request.id(), 0, Recommendation.APPROVE, null)))
			.isInstanceOf(Exception.class);
		long lock = jdbc.queryForObject("select version from review_request where id = ?", Long.class, request.id());
		ReviewRequestView decided = as(chair(),
				() -> reviews.decide(request.id(), lock, Recommendation.REVISE_AND_RESUBMIT, "Кайра иштеңиз"));
		assertThat(decided.status()).isEqualTo(ReviewStatus.AWAITING_RESUBMISSION);
		ReviewRequestView second = as(chair(), () -> reviews.request(request(ReviewMode.OPEN, 2)));
		assertThat(second.id()).isEqualTo(request.id());
		assertThat(second.round()).isEqualTo(2);
		assertThat(second.subjectVersion()).isEqualTo(2);
		RequestDetail detail = as(chair(), () -> reviews.detail(request.id()));
		assertThat(detail.inRound(1)).singleElement().satisfies(a -> assertThat(a.status()).isEqualTo(AssignmentStatus.SUBMITTED));
		assertThat(detail.inRound(2)).singleElement().satisfies(a -> assertThat(a.status()).isEqualTo(AssignmentStatus.INVITED));
		assertThat(detail.rounds().get(0).decision()).isEqualTo(Recommendation.REVISE_AND_RESUBMIT);
		assertThat(reviewsDone.doneBy(expert.accountId(), java.time.Instant.EPOCH, clock.instant().plusSeconds(1)))
			.as("the first round's review counts, with the hours fixed on it")
			.singleElement()
			.satisfies(done -> {
				assertThat(done.round()).isEqualTo(1);
				assertThat(done.associationId()).isEqualTo(omb.id());
				assertThat(done.storedHours()).isEqualByComparingTo("2");
			});
	}

	@Test
	void theWeeklyDigestTellsTheChairOfASubjectStillShortOfReviewers() {
		ExpertView expert = experts.approvedExpert("Жалгыз Эксперт " + omb.n(), omb.employerId(),
				Set.of(omb.codes().direction()));
		ReviewRequestView request = as(chair(), () -> reviews.request(request(ReviewMode.OPEN, 1)));
		as(chair(), () -> reviews.invite(request.id(), expert.id(), null));
		digest.sendNow();
		List<String> mails = jdbc.queryForList("select body_text from mail_outbox where recipient_address = ?"
				+ " and subject = 'Жуманын экспертизасы'", String.class,
				kg.omb.notifications.TestAccounts.email(omb.chairAccountId()));
		assertThat(mails).singleElement().satisfies(text -> assertThat(text).contains(
				"Мөөнөтү өткөн чакыруулар жана пикирлер: 0.", "Эксперттер жетишпеген экспертизалар: 1.",
				"чечим күткөн экспертизалар: 0."));
		assertThat(jdbc.queryForObject("select count(*) from notification where account_id = ?"
				+ " and title_key = 'review.notice.digest.title'", Long.class, expert.accountId())).isZero();
	}

	void submit(ExpertView expert, long invitation) {
		TestAccount.runAs(expert.accountId(), "PARTICIPANT", () -> {
			reviews.accept(invitation, reviews.task(invitation).assignment().lock(), true);
			reviews.submit(invitation, reviews.task(invitation).assignment().lock(), approve());
			return null;
		});
	}

}
