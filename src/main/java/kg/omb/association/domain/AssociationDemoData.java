package kg.omb.association.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import kg.omb.association.Associations;
import kg.omb.association.domain.DemoAssociationPlans.CouncilPlan;
import kg.omb.association.domain.DemoAssociationPlans.CouncilSeat;
import kg.omb.association.domain.DemoAssociationPlans.MemberPlan;
import kg.omb.directory.Directory;
import kg.omb.directory.LegalActs;
import kg.omb.identity.AccountView;
import kg.omb.identity.Accounts;
import kg.omb.identity.DemoSignIn;
import kg.omb.shared.Bishkek;

/**
 * The demo OMBs ({@code omb.demo-data.enabled}), built on the directory's demo data through the association
 * services as the demo administrator, so that every change is checked, written to the OMB's history and audited as
 * if someone had made it in the pages: five OMBs with chairs, sections, 60-odd members, bylaws and working groups,
 * the consultative council, and two proposals of the demo organisation representative (one pending, one rejected).
 * The ids come out as the demo accounts' scopes name them (OMB 1 at organisation 1, section 1, council 1). All in
 * one transaction; a start that finds the economics OMB at its base university creates nothing, and so does one
 * without the demo accounts or the directory's demo data.
 */
@Component
// AdministratorBootstrap.ORDER (100, package-private in identity) + 30: after the demo accounts and the directory
@Order(100 + 30)
@ConditionalOnBooleanProperty("omb.demo-data.enabled")
class AssociationDemoData implements ApplicationRunner {

	static final String ADMIN = "admin@demo.omb.kg";

	static final String REPRESENTATIVE = "representative@demo.omb.kg";

	private static final Logger log = LoggerFactory.getLogger(AssociationDemoData.class);

	private final AssociationLifecycle lifecycle;

	private final StructureService structure;

	private final MembershipService membership;

	private final CouncilService councils;

	private final Associations associations;

	private final Directory directory;

	private final LegalActs acts;

	private final Accounts accounts;

	private final DemoVersions versions;

	private final Clock clock;

	private final TransactionTemplate transactions;

	AssociationDemoData(AssociationLifecycle lifecycle, StructureService structure, MembershipService membership,
			CouncilService councils, Associations associations, Directory directory, LegalActs acts,
			Accounts accounts, DemoVersions versions, Clock clock, PlatformTransactionManager transactionManager) {
		this.lifecycle = lifecycle;
		this.structure = structure;
		this.membership = membership;
		this.councils = councils;
		this.associations = associations;
		this.directory = directory;
		this.acts = acts;
		this.accounts = accounts;
		this.versions = versions;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@Override
	public void run(ApplicationArguments arguments) {
		Optional<AccountView> admin = accounts.findByEmail(ADMIN);
		Optional<DemoDirectory> demoDirectory = DemoDirectory.read(directory, acts);
		if (admin.isEmpty() || demoDirectory.isEmpty() || alreadyThere(demoDirectory.get())) {
			return;
		}
		long started = System.nanoTime();
		List<Long> ids = DemoSignIn.as(admin.get(), List.of("ROLE_ADMIN", "ADMIN@PLATFORM"),
				() -> transactions.execute(status -> build(demoDirectory.get())));
		log.info("Demo OMBs created: {} with {} members, and the consultative council ({} ms)", ids,
				DemoAssociationPlans.OMBS.stream().mapToInt(omb -> omb.members().size()).sum(),
				(System.nanoTime() - started) / 1_000_000);
	}

	/** Whether the first demo OMB (economics at the first demo organisation) exists already. */
	private boolean alreadyThere(DemoDirectory demo) {
		var first = DemoAssociationPlans.OMBS.get(0);
		long base = demo.organizationId(first.baseCode());
		return associations.all()
			.stream()
			.anyMatch(association -> association.baseOrganizationId() == base
					|| association.groupCodes().containsAll(first.groupCodes()));
	}

	private List<Long> build(DemoDirectory demo) {
		var builder = new DemoAssociationBuilder(lifecycle, structure, membership, accounts, directory, versions,
				Bishkek.today(clock));
		List<Long> ids = DemoAssociationPlans.OMBS.stream().map(omb -> builder.build(omb, demo)).toList();
		council(DemoAssociationPlans.COUNCIL, demo);
		proposalsOfTheRepresentative(ids.get(0), demo);
		return ids;
	}

	private void council(CouncilPlan plan, DemoDirectory demo) {
		var act = demo.authorityAct(plan.act());
		long councilId = councils.form(demo.authorityId(), plan.name(), act.id());
		for (CouncilSeat seat : plan.seats()) {
			Long accountId = seat.email() == null ? null : accounts.findByEmail(seat.email()).map(AccountView::id)
				.orElseThrow(() -> new IllegalStateException("Demo data: no demo account " + seat.email()));
			Long organizationId = seat.organizationCode() == null ? null : demo.organizationId(seat.organizationCode());
			councils.appoint(councilId, versions.council(councilId),
					new CouncilMember.Person(seat.name(), accountId, organizationId, seat.position()), act.id());
		}
		LocalDate adopted = act.effectiveOn().plusDays(21);
		LocalDate today = Bishkek.today(clock);
		councils.recommend(councilId, versions.council(councilId), plan.recommendationTitle(), plan.recommendation(),
				adopted.isAfter(today) ? today : adopted, act.id());
	}

	/** The representative of organisation 1 proposes two of its staff; the chair rejects one, the other waits. */
	private void proposalsOfTheRepresentative(long associationId, DemoDirectory demo) {
		Optional<AccountView> representative = accounts.findByEmail(REPRESENTATIVE);
		if (representative.isEmpty()) {
			return;
		}
		long organization = demo.organizationId(DemoAssociationPlans.PENDING.organizationCode());
		List<String> grants = List.of("ROLE_ORG_REPRESENTATIVE", "ORG_REPRESENTATIVE@ORGANIZATION:" + organization);
		long rejected = DemoSignIn.as(representative.get(), grants, () -> {
			propose(associationId, DemoAssociationPlans.PENDING, organization,
					"Кафедранын тажрыйбалуу окутуучусу, «Бухгалтердик эсеп» курсунун автору");
			return propose(associationId, DemoAssociationPlans.REJECTED, organization,
					"Окуу процессин уюштурууга катышат");
		});
		membership.reject(rejected, 0, DemoAssociationPlans.REJECTION);
	}

	private long propose(long associationId, MemberPlan member, long organization, String justification) {
		return membership.proposeMember(associationId, new MemberDetails(member.name(), null, null, organization,
				member.position(), member.kind(), null, member.role(), null), justification);
	}

}
