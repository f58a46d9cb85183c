package kg.omb.review.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import kg.omb.association.AssociationView;
import kg.omb.association.Associations;
import kg.omb.association.MemberView;
import kg.omb.identity.AccountView;
import kg.omb.identity.Accounts;
import kg.omb.identity.DemoSignIn;
import kg.omb.review.Recommendation;
import kg.omb.review.ReviewStatus;

/**
 * The demo expert pool and a review under way ({@code omb.demo-data.enabled}), made through the pool and review
 * services as the demo accounts: the demo expert and the chairs of the law and informatics OMBs, approved by the
 * economics OMB's chair, competent in economics and banking; a member of the economics OMB, also approved, whom
 * the conflict rules keep off her own OMB's drafts; the chair of the education OMB, whose application waits. On
 * the economics OMB's draft at its expert review (the documents' demo), the chair invites the demo expert, who
 * has yet to answer, and the chair of the law OMB, who accepted and submitted a review. A start that finds the
 * demo expert in the pool, or lacks the accounts or the OMBs, creates nothing.
 */
@Component
// AdministratorBootstrap.ORDER (100) + 45: after the demo accounts, the OMBs and the documents
@Order(100 + 45)
@ConditionalOnBooleanProperty("omb.demo-data.enabled")
class ReviewDemoData implements ApplicationRunner {

	static final long OMB = 1;

	static final String CHAIR = "chair@demo.omb.kg";

	static final String EXPERT = "expert@demo.omb.kg";

	static final String LAW_CHAIR = "chair-law@demo.omb.kg";

	static final String INFORMATICS_CHAIR = "chair-informatics@demo.omb.kg";

	static final String EDUCATION_CHAIR = "chair-education@demo.omb.kg";

	static final String MEMBER = "member@demo.omb.kg";

	private static final Logger log = LoggerFactory.getLogger(ReviewDemoData.class);

	private final ExpertPool pool;

	private final ReviewService reviews;

	private final ExpertRepository experts;

	private final ReviewRequestRepository requests;

	private final Associations associations;

	private final Accounts accounts;

	private final TransactionTemplate transactions;

	ReviewDemoData(ExpertPool pool, ReviewService reviews, ExpertRepository experts, ReviewRequestRepository requests,
			Associations associations, Accounts accounts, PlatformTransactionManager transactionManager) {
		this.pool = pool;
		this.reviews = reviews;
		this.experts = experts;
		this.requests = requests;
		this.associations = associations;
		this.accounts = accounts;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@Override
	public void run(ApplicationArguments arguments) {
		List<String> everyone = List.of(CHAIR, EXPERT, LAW_CHAIR, INFORMATICS_CHAIR, EDUCATION_CHAIR, MEMBER);
		if (everyone.stream().anyMatch(email -> accounts.findByEmail(email).isEmpty())
				|| List.of(1L, 2L, 3L, 5L).stream().anyMatch(id -> associations.find(id).isEmpty())
				|| experts.findByAccountId(account(EXPERT).id()).isPresent()) {
			return;
		}
		long started = System.nanoTime();
		Integer invited = transactions.execute(status -> build());
		log.info("Demo expert pool created, {} invitations ({} ms)", invited, (System.nanoTime() - started) / 1_000_000);
	}

	private int build() {
		ExpertView expert = approved(EXPERT, "Талант Кадыров", "э.и.к.", "доцент", base(2),
				Set.of("580120", "580110"), 14, "Коммерциялык банкта 8 жыл кредит бөлүмүн башкарган.");
		ExpertView lawChair = approved(LAW_CHAIR, "Марат Сыдыков", "э.и.д.", "профессор", base(2),
				Set.of("580120", "580100"), 22, null);
		approved(INFORMATICS_CHAIR, "Елена Ковалева", "ф.-м.и.к.", "доцент", base(3), Set.of("580100"), 17, null);
		memberOfTheOmb().ifPresent(organization -> approved(MEMBER, "Жылдыз Мамбетова", null, "улук окутуучу",
				organization, Set.of("580120"), 9, null));
		as(EDUCATION_CHAIR, List.of("ROLE_PARTICIPANT"), () -> pool.apply(profile("Жаныл Осмоналиева", "п.и.к.",
				"доцент", base(5), Set.of("580100"), 19, null)));

		Optional<ReviewRequest> underWay = requests.findByAssociationIdInOrderByIdDesc(Set.of(OMB))
			.stream()
			.filter(request -> request.getStatus() == ReviewStatus.IN_PROGRESS)
			.findFirst();
		if (underWay.isEmpty()) {
			return 0;
		}
		long request = underWay.get().id();
		asChair(() -> reviews.invite(request, expert.id(), null));
		long accepted = asChair(() -> reviews.invite(request, lawChair.id(), null)).id();
		List<String> lawGrants = List.of("ROLE_OMB_CHAIR", "OMB_CHAIR@ASSOCIATION:2");
		as(LAW_CHAIR, lawGrants, () -> {
			reviews.accept(accepted, reviews.task(accepted).assignment().lock(), true);
			ExpertTask task = reviews.task(accepted);
			reviews.submit(accepted, task.assignment().lock(), new ReviewForm(task.criteria()
				.stream()
				.map(criterion -> new ReviewAssignment.Score(criterion.maxScore() - 1, null))
				.toList(), Recommendation.APPROVE_WITH_CHANGES,
					"Стандарт банк тармагынын талаптарына негизинен жооп берет. КК-4 компетенциясын Улуттук банктын "
							+ "акыркы жоболоруна ылайык тактоо жана 4.2-пунктта практиканын базасын (банк же микрокаржы "
							+ "уюму) келишим менен бекитүү сунушталат.",
					"Иш берүүчүлөрдүн катышуусу боюнча 5.2-пункттун аткарылышын колледждерде текшерүү кыйын болот."));
			return 0;
		});
		return 2;
	}

	private ExpertView approved(String email, String name, @Nullable String degree, String title, long organization,
			Set<String> codes, int years, @Nullable String background) {
		ExpertView applied = as(email, List.of("ROLE_PARTICIPANT"),
				() -> pool.apply(profile(name, degree, title, organization, codes, years, background)));
		return asChair(() -> pool.approve(applied.id(), applied.lock()));
	}

	private static ExpertProfile profile(String name, @Nullable String degree, String title, long organization,
			Set<String> codes, int years, @Nullable String background) {
		return new ExpertProfile(name, degree, title, Set.of(organization), codes, Set.of("ky", "ru"), years,
				background);
	}

	/** The organisation the demo member of the economics OMB works at, as the OMB's membership records it. */
	private Optional<Long> memberOfTheOmb() {
		long member = account(MEMBER).id();
		return associations.members(OMB)
			.stream()
			.filter(view -> view.accountId() != null && view.accountId() == member)
			.map(MemberView::organizationId)
			.findFirst();
	}

	private long base(long association) {
		return associations.find(association).map(AssociationView::baseOrganizationId).orElseThrow();
	}

	private <T> T asChair(Supplier<T> work) {
		return as(CHAIR, List.of("ROLE_OMB_CHAIR", "OMB_CHAIR@ASSOCIATION:" + OMB), work);
	}

	private <T> T as(String email, List<String> grants, Supplier<T> work) {
		return DemoSignIn.as(account(email), grants, work);
	}

	private AccountView account(String email) {
		return accounts.findByEmail(email).orElseThrow(() -> new IllegalStateException("Demo data: no " + email));
	}

}
