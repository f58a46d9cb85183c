package kg.omb.association;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import kg.omb.association.domain.AssociationLifecycle;
import kg.omb.association.domain.AssociationProfile;
import kg.omb.association.domain.AssociationQueries;
import kg.omb.association.domain.ChangeKind;
import kg.omb.association.domain.Commands;
import kg.omb.association.domain.MemberDetails;
import kg.omb.association.domain.MemberRole;
import kg.omb.association.domain.MembershipService;
import kg.omb.association.domain.StakeholderKind;
import kg.omb.association.domain.StructureService;
import kg.omb.directory.ActIssuer;
import kg.omb.directory.Region;
import kg.omb.identity.AccountView;
import kg.omb.identity.Accounts;
import kg.omb.identity.Role;
import kg.omb.identity.Scope;
import kg.omb.identity.ScopeType;
import kg.omb.identity.domain.SignInAccounts;
import kg.omb.notifications.TestAccounts;
import kg.omb.shared.Bishkek;
import kg.omb.shared.LocalizedText;
import kg.omb.support.AdjustableClock;

import static kg.omb.association.AssociationFixture.ACT_DAY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform roles that follow the structure are held for the term and only for it: from the day the act takes
 * effect, until the term runs out or an act ends it. The clock is moved instead of waiting for a term to end.
 */
@SpringBootTest
@Import({ AssociationFixture.class, AdjustableClock.Configuration.class })
class StructureRolesTests {

	@Autowired
	AssociationFixture fixture;

	@Autowired
	AssociationLifecycle lifecycle;

	@Autowired
	MembershipService membership;

	@Autowired
	StructureService structure;

	@Autowired
	AssociationQueries queries;

	@Autowired
	Accounts accounts;

	@Autowired
	SignInAccounts signIn;

	@Autowired
	AdjustableClock clock;

	@BeforeEach
	void startToday() {
		clock.set(Clock.systemUTC().instant());
	}

	@Test
	void aMemberWhoseTermHasEndedNoLongerHoldsTheMembersRole() {
		var omb = fixture.standardOmb(Region.NARYN);
		LocalDate termEnds = today().plusDays(30);
		long person = joins(omb, MemberRole.MEMBER, termEnds, ACT_DAY.plusDays(5));
		assertThat(holders(Role.OMB_MEMBER, omb.id())).contains(person);
		assertThat(signedInAuthorities(person)).contains("OMB_MEMBER@ASSOCIATION:" + omb.id());

		clock.advance(Duration.ofDays(31));

		assertThat(holders(Role.OMB_MEMBER, omb.id())).doesNotContain(person);
		assertThat(signedInAuthorities(person)).doesNotContain("OMB_MEMBER@ASSOCIATION:" + omb.id());
	}

	@Test
	void aSecretaryHoldsTheSecretarysRoleUntilTheLastDayOfTheTerm() {
		var omb = fixture.standardOmb(Region.TALAS);
		LocalDate termEnds = today().plusDays(10);
		long person = joins(omb, MemberRole.SECRETARY, termEnds, ACT_DAY.plusDays(5));

		clock.set(Bishkek.startOf(termEnds).minusSeconds(1));
		assertThat(holders(Role.OMB_SECRETARY, omb.id())).contains(person);
		clock.set(Bishkek.startOf(termEnds));
		assertThat(holders(Role.OMB_SECRETARY, omb.id())).doesNotContain(person);
	}

	@Test
	void aMembersRoleStartsOnTheDayTheBaseOrganisationsActTakesEffect() {
		var omb = fixture.standardOmb(Region.BATKEN);
		LocalDate effective = today().plusDays(7);
		long person = joins(omb, MemberRole.MEMBER, null, effective);
		assertThat(holders(Role.OMB_MEMBER, omb.id())).doesNotContain(person);

		clock.set(Bishkek.startOf(effective));

		assertThat(holders(Role.OMB_MEMBER, omb.id())).contains(person);
	}

	@Test
	void aChairConfirmedFromALaterDayTakesOverOnThatDay() {
		var omb = fixture.standardOmb(Region.CHUY);
		long successor = fixture.asAdministrator(() -> fixture.account("Кийинки төрага"));
		LocalDate effective = today().plusDays(3);
		long act = fixture.asAdministrator(
				() -> fixture.act(ActIssuer.authority(omb.authorityId()), "CHF-" + omb.n(), effective));
		fixture.asAdministrator(() -> {
			lifecycle.confirmChair(omb.id(), queries.profile(omb.id()).version(),
					new Commands.ConfirmChair(successor, "Проректор", act));
			return null;
		});
		assertThat(holders(Role.OMB_CHAIR, omb.id())).containsExactly(omb.chairAccountId());

		clock.set(Bishkek.startOf(effective));

		assertThat(holders(Role.OMB_CHAIR, omb.id())).containsExactly(successor);
	}

	@Test
	void aSectionHeadHoldsTheRoleFromAppointmentUntilReplacedAndTheSuccessorUntilTheSectionCloses() {
		var omb = fixture.standardOmb(Region.JALAL_ABAD);
		long first = fixture.asAdministrator(() -> fixture.account("Биринчи башчы"));
		long second = fixture.asAdministrator(() -> fixture.account("Экинчи башчы"));

		fixture.asAdministrator(() -> {
			structure.appointSectionHead(omb.sectionId(), sectionVersion(omb), baseAct(omb, "H1"), first, null);
			return null;
		});
		assertThat(sectionHeads(omb)).containsExactly(first);

		fixture.asAdministrator(() -> {
			structure.appointSectionHead(omb.sectionId(), sectionVersion(omb), baseAct(omb, "H2"), second, null);
			return null;
		});
		assertThat(sectionHeads(omb)).containsExactly(second);

		fixture.asAdministrator(() -> {
			structure.closeSection(omb.sectionId(), sectionVersion(omb), baseAct(omb, "H3"));
			return null;
		});
		assertThat(sectionHeads(omb)).isEmpty();
	}

	@Test
	void aMemberAndTheSecretaryProposedForRemovalLoseTheirRolesWhenTheBaseOrganisationsActIsRecorded() {
		var omb = fixture.standardOmb(Region.ISSYK_KUL);
		long member = joins(omb, MemberRole.MEMBER, null, ACT_DAY.plusDays(5));
		long secretary = joins(omb, MemberRole.SECRETARY, null, ACT_DAY.plusDays(5));
		List<String> employersHead = List.of("ORG_REPRESENTATIVE@ORGANIZATION:" + omb.employerId());
		List<String> chair = List.of("OMB_CHAIR@ASSOCIATION:" + omb.id());
		long memberId = memberIdOf(omb, member);
		long secretaryId = memberIdOf(omb, secretary);
		long memberRemoval = fixture.as(employersHead, () -> membership.proposeRemoval(memberId, "Башка ишке өттү"));
		long secretaryRemoval = fixture.as(employersHead, () -> membership.proposeRemoval(secretaryId, "Пенсияга чыкты"));
		fixture.as(chair, () -> {
			membership.accept(memberRemoval, 0);
			membership.accept(secretaryRemoval, 0);
			return null;
		});
		assertThat(holders(Role.OMB_MEMBER, omb.id())).as("accepted, but no act yet").contains(member);

		long order = baseAct(omb, "RM");
		fixture.as(chair, () -> {
			membership.recordAct(omb.id(), List.of(memberRemoval, secretaryRemoval), order);
			return null;
		});

		assertThat(holders(Role.OMB_MEMBER, omb.id())).doesNotContain(member);
		assertThat(holders(Role.OMB_SECRETARY, omb.id())).doesNotContain(secretary);
		var profile = queries.profile(omb.id());
		assertThat(profile.members()).filteredOn(AssociationProfile.MemberProfile::current)
			.extracting(AssociationProfile.MemberProfile::id)
			.doesNotContain(memberId, secretaryId);
		assertThat(profile.history()).filteredOn(line -> line.kind() == ChangeKind.MEMBER_LEFT)
			.extracting(line -> line.act() == null ? null : line.act().id())
			.containsExactly(order, order);
	}

	@Test
	void theChairsRoleEndsWithTheTermAndWithATransferOfFunctions() {
		var ended = fixture.standardOmb(Region.OSH_REGION);
		long act = fixture.asAdministrator(
				() -> fixture.act(ActIssuer.authority(ended.authorityId()), "END-" + ended.n(), ACT_DAY.plusDays(30)));
		fixture.asAdministrator(() -> {
			lifecycle.endChairTerm(ended.id(), queries.profile(ended.id()).version(), act);
			return null;
		});
		assertThat(holders(Role.OMB_CHAIR, ended.id())).isEmpty();

		var transferred = fixture.standardOmb(Region.OSH_CITY);
		fixture.transfer(transferred, LocalizedText.of("Жаңы база", "Новая база", "New base"));
		assertThat(holders(Role.OMB_CHAIR, transferred.id())).isEmpty();
		assertThat(queries.profile(transferred.id()).chair()).isNull();
	}

	/** A person with an account joins by the base organisation's act effective on the day given. */
	private long joins(AssociationFixture.Omb omb, MemberRole role, LocalDate termTo, LocalDate effective) {
		return fixture.asAdministrator(() -> {
			long person = fixture.account("Мөөнөттүү мүчө " + omb.n());
			long proposal = membership.proposeMember(omb.id(), new MemberDetails("Мөөнөттүү мүчө " + omb.n() + " " + person,
					TestAccounts.email(person), null, omb.employerId(), "Адис", StakeholderKind.EMPLOYER_REPRESENTATIVE,
					null, role, termTo), null);
			membership.accept(proposal, 0);
			long act = fixture.act(ActIssuer.organization(omb.baseOrganizationId()), "MT-" + AssociationFixture.unique(),
					effective);
			membership.recordAct(omb.id(), List.of(proposal), act);
			return person;
		});
	}

	private long baseAct(AssociationFixture.Omb omb, String prefix) {
		return fixture.asAdministrator(() -> fixture.act(ActIssuer.organization(omb.baseOrganizationId()),
				prefix + "-" + AssociationFixture.unique(), ACT_DAY.plusDays(30)));
	}

	private long memberIdOf(AssociationFixture.Omb omb, long accountId) {
		String name = "Мөөнөттүү мүчө " + omb.n() + " " + accountId;
		return queries.profile(omb.id())
			.members()
			.stream()
			.filter(member -> member.personName().equals(name))
			.findFirst()
			.orElseThrow()
			.id();
	}

	private long sectionVersion(AssociationFixture.Omb omb) {
		return queries.profile(omb.id())
			.sections()
			.stream()
			.filter(section -> section.id() == omb.sectionId())
			.findFirst()
			.orElseThrow()
			.version();
	}

	private List<Long> sectionHeads(AssociationFixture.Omb omb) {
		return accounts.holding(Role.SECTION_HEAD, Scope.of(ScopeType.SECTION, omb.sectionId()))
			.stream()
			.map(AccountView::id)
			.toList();
	}

	private List<String> signedInAuthorities(long accountId) {
		return signIn.load(TestAccounts.email(accountId))
			.getAuthorities()
			.stream()
			.map(authority -> authority.getAuthority())
			.toList();
	}

	private List<Long> holders(Role role, long associationId) {
		return accounts.holding(role, Scope.of(ScopeType.ASSOCIATION, associationId))
			.stream()
			.map(AccountView::id)
			.toList();
	}

	private LocalDate today() {
		return Bishkek.today(clock);
	}

}
