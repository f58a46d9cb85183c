package kg.omb.association;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import kg.omb.association.domain.AssociationLifecycle;
import kg.omb.association.domain.AssociationProfile;
import kg.omb.association.domain.AssociationQueries;
import kg.omb.association.domain.Commands;
import kg.omb.association.domain.MemberDetails;
import kg.omb.association.domain.MemberRole;
import kg.omb.association.domain.MembershipService;
import kg.omb.association.domain.StakeholderKind;
import kg.omb.association.domain.StructureService;
import kg.omb.directory.ActCitation;
import kg.omb.directory.ActCitations;
import kg.omb.directory.ActIssuer;
import kg.omb.directory.ClassifierKind;
import kg.omb.directory.OrganizationInvolvement;
import kg.omb.directory.OrganizationInvolvements;
import kg.omb.directory.Region;
import kg.omb.directory.domain.ClassifierAdministration;
import kg.omb.directory.domain.ClassifierEntryData;
import kg.omb.identity.AccountView;
import kg.omb.identity.Accounts;
import kg.omb.identity.Role;
import kg.omb.identity.Scope;
import kg.omb.identity.ScopeType;
import kg.omb.shared.DomainException;
import kg.omb.shared.LocalizedText;

import static kg.omb.association.AssociationFixture.ACT_DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The association services as each role meets them: who may make which structural change, which act it must rest
 * on, the one-OMB-per-group rule, retired codes, stale edits, and the platform roles that follow the structure.
 */
@SpringBootTest
@Import(AssociationFixture.class)
class AssociationServicesTests {

	@Autowired
	AssociationFixture fixture;

	@Autowired
	AssociationLifecycle lifecycle;

	@Autowired
	StructureService structure;

	@Autowired
	MembershipService membership;

	@Autowired
	AssociationQueries queries;

	@Autowired
	ClassifierAdministration classifier;

	@Autowired
	Accounts accounts;

	@Autowired
	List<ActCitations> citations;

	@Autowired
	List<OrganizationInvolvements> involvements;

	@Test
	void confirmingAChairGrantsTheChairsRoleAndTheNextChairTakesItOver() {
		var omb = fixture.standardOmb(Region.NARYN);
		assertThat(holders(Role.OMB_CHAIR, omb.id())).containsExactly(omb.chairAccountId());

		long successor = fixture.asAdministrator(() -> fixture.account("Жаңы төрага"));
		long act = fixture.asAdministrator(() -> fixture.act(ActIssuer.authority(omb.authorityId()),
				"CH2-" + omb.n(), ACT_DAY.plusYears(1)));
		long before = version(omb.id());
		asOfficer(omb.authorityId(), () -> {
			lifecycle.confirmChair(omb.id(), before, new Commands.ConfirmChair(successor, "Проректор", act));
			return null;
		});

		assertThat(version(omb.id())).as("a second officer holding the old version is refused").isGreaterThan(before);
		assertThat(holders(Role.OMB_CHAIR, omb.id())).containsExactly(successor);
		var profile = queries.profile(omb.id());
		assertThat(profile.chair().accountId()).isEqualTo(successor);
		assertThat(profile.formerChairs()).extracting(AssociationProfile.Chair::accountId)
			.containsExactly(omb.chairAccountId());
	}

	@Test
	void theOfficerOfAnotherAuthorityMayNotConfirmTheChair() {
		var omb = fixture.standardOmb(Region.TALAS);
		long other = fixture.asAdministrator(() -> fixture.authority(AssociationFixture.unique()));
		long person = fixture.asAdministrator(() -> fixture.account("Бөтөн"));
		long version = version(omb.id());

		assertThatThrownBy(() -> asOfficer(other, () -> {
			lifecycle.confirmChair(omb.id(), version, new Commands.ConfirmChair(person, "Проректор", omb.chairActId()));
			return null;
		})).isInstanceOf(AccessDeniedException.class);
		assertThat(queries.profile(omb.id()).chair().accountId()).isEqualTo(omb.chairAccountId());
	}

	@Test
	void aChangeMustRestOnAnActOfTheRightIssuer() {
		var omb = fixture.standardOmb(Region.BATKEN);
		long person = fixture.asAdministrator(() -> fixture.account("Башка адам"));
		long baseOrganizationsOrder = fixture.asAdministrator(
				() -> fixture.act(ActIssuer.organization(omb.baseOrganizationId()), "X-" + omb.n(), ACT_DAY));
		long version = version(omb.id());

		assertThatThrownBy(() -> asOfficer(omb.authorityId(), () -> {
			lifecycle.confirmChair(omb.id(), version, new Commands.ConfirmChair(person, "Проректор",
					baseOrganizationsOrder));
			return null;
		})).isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).messageKey())
			.isEqualTo("act.error.wrong-issuer");
		assertThat(queries.profile(omb.id()).chair().accountId()).isEqualTo(omb.chairAccountId());
	}

	@Test
	void anEnlargedGroupHasOneAssociation() {
		var omb = fixture.standardOmb(Region.CHUY);
		long act = fixture.asAdministrator(
				() -> fixture.act(ActIssuer.authority(omb.authorityId()), "DUP-" + omb.n(), ACT_DAY));

		assertThatThrownBy(() -> asOfficer(omb.authorityId(), () -> lifecycle.create(new Commands.CreateAssociation(
				LocalizedText.of("Экинчи ОМБ", null, null), omb.authorityId(), Set.of(omb.codes().group()),
				omb.baseOrganizationId(), act))))
			.isInstanceOf(DomainException.class)
			.extracting(e -> ((DomainException) e).messageKey())
			.isEqualTo("association.error.group-taken");
	}

	@Test
	void aRetiredCodeCannotBeGivenToANewSection() {
		var omb = fixture.standardOmb(Region.ISSYK_KUL);
		String retired = omb.codes().group().substring(0, 3) + "900";
		fixture.asAdministrator(() -> classifier.create(new ClassifierEntryData(retired, ClassifierKind.DIRECTION,
				LocalizedText.of("Эски багыт", null, null), omb.codes().group(), Set.of("BACHELOR"),
				java.time.LocalDate.of(2021, 1, 1), ACT_DAY.minusYears(1), null)));
		long act = fixture.asAdministrator(
				() -> fixture.act(ActIssuer.organization(omb.baseOrganizationId()), "R-" + omb.n(), ACT_DAY));

		assertThatThrownBy(() -> asChair(omb, () -> structure.createSection(omb.id(), new Commands.NewSection(
				LocalizedText.of("Эски секция", null, null), Set.of(retired), omb.leadingOrganizationId(), act, null,
				null))))
			.isInstanceOf(DomainException.class)
			.extracting(e -> ((DomainException) e).messageKey())
			.isEqualTo("classifier.error.retired-code");
	}

	@Test
	void theChairOfOneAssociationMayNotShapeAnother() {
		var mine = fixture.standardOmb(Region.OSH_REGION);
		var other = fixture.standardOmb(Region.OSH_CITY);
		long act = fixture.asAdministrator(
				() -> fixture.act(ActIssuer.organization(other.baseOrganizationId()), "N-" + other.n(), ACT_DAY));
		int sectionsBefore = queries.profile(other.id()).sections().size();

		assertThatThrownBy(() -> asChair(mine, () -> structure.createSection(other.id(), new Commands.NewSection(
				LocalizedText.of("Бөтөн секция", null, null), Set.of(other.codes().direction()),
				other.leadingOrganizationId(), act, null, null))))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(queries.profile(other.id()).sections()).hasSize(sectionsBefore);
	}

	@Test
	void aRepresentativeProposesOnlyTheirOwnStaffAndTheChairDecides() {
		var omb = fixture.standardOmb(Region.JALAL_ABAD);
		long memberAccount = fixture.asAdministrator(() -> fixture.account("Жаңы мүчө"));
		String email = kg.omb.notifications.TestAccounts.email(memberAccount);
		var details = new MemberDetails("Жаңы мүчө", email, null, omb.employerId(), "Инженер",
				StakeholderKind.EMPLOYER_REPRESENTATIVE, null, MemberRole.MEMBER, null);

		assertThatThrownBy(() -> as(List.of("ORG_REPRESENTATIVE@ORGANIZATION:" + omb.leadingOrganizationId()),
				() -> membership.proposeMember(omb.id(), details, null)))
			.isInstanceOf(AccessDeniedException.class);

		long proposal = as(List.of("ORG_REPRESENTATIVE@ORGANIZATION:" + omb.employerId()),
				() -> membership.proposeMember(omb.id(), details, "тажрыйбалуу адис"));
		assertThatThrownBy(() -> as(List.of("ORG_REPRESENTATIVE@ORGANIZATION:" + omb.employerId()), () -> {
			membership.accept(proposal, 0);
			return null;
		})).isInstanceOf(AccessDeniedException.class);
		asChair(omb, () -> {
			membership.accept(proposal, 0);
			return null;
		});
		assertThat(holders(Role.OMB_MEMBER, omb.id())).doesNotContain(memberAccount);

		long order = fixture.asAdministrator(
				() -> fixture.act(ActIssuer.organization(omb.baseOrganizationId()), "MB-" + omb.n(), ACT_DAY));
		asChair(omb, () -> {
			membership.recordAct(omb.id(), List.of(proposal), order);
			return null;
		});

		assertThat(holders(Role.OMB_MEMBER, omb.id())).contains(memberAccount);
		assertThat(queries.profile(omb.id()).members()).extracting(AssociationProfile.MemberProfile::personName)
			.contains("Жаңы мүчө");
		assertThat(citations.stream().flatMap(source -> source.citing(order).stream()))
			.extracting(ActCitation::messageKey, ActCitation::link)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("association.change.member-joined",
					"/associations/" + omb.id()));
	}

	@Test
	void anOrganisationsPageLearnsWhatItIsInTheStructure() {
		var omb = fixture.standardOmb(Region.NARYN);
		assertThat(involvements.stream().flatMap(source -> source.of(omb.baseOrganizationId()).stream()))
			.extracting(OrganizationInvolvement::messageKey, OrganizationInvolvement::link)
			.contains(org.assertj.core.groups.Tuple.tuple("association.involvement.base", "/associations/" + omb.id()));
		assertThat(involvements.stream().flatMap(source -> source.of(omb.leadingOrganizationId()).stream()))
			.extracting(OrganizationInvolvement::messageKey)
			.contains("association.involvement.leading");
		assertThat(involvements.stream().flatMap(source -> source.of(omb.employerId()).stream()))
			.extracting(OrganizationInvolvement::messageKey)
			.contains("association.involvement.members");
	}

	@Test
	void aSectionsHeadAndSubsectionCiteTheirActWhosePageListsThem() {
		var omb = fixture.standardOmb(Region.TALAS);
		long order = fixture.asAdministrator(
				() -> fixture.act(ActIssuer.organization(omb.baseOrganizationId()), "SH-" + omb.n(), ACT_DAY.plusDays(40)));

		assertThatThrownBy(() -> asChair(omb, () -> {
			structure.appointSectionHead(omb.sectionId(), sectionVersion(omb), null, null, "Актысыз башчы");
			return null;
		})).isInstanceOf(DomainException.class)
			.extracting(e -> ((DomainException) e).messageKey())
			.isEqualTo("association.error.act-required");
		assertThatThrownBy(() -> asChair(omb, () -> {
			structure.addSubsection(omb.sectionId(), sectionVersion(omb), new Commands.NewSubsection("MASTER",
					LocalizedText.of("Магистратура", null, null), null, null, null));
			return null;
		})).isInstanceOf(DomainException.class)
			.extracting(e -> ((DomainException) e).messageKey())
			.isEqualTo("association.error.act-required");
		assertThat(section(omb).head().name()).isEqualTo("Секция башчысы " + omb.n());
		assertThat(section(omb).subsections()).hasSize(1);

		asChair(omb, () -> {
			structure.appointSectionHead(omb.sectionId(), sectionVersion(omb), order, null, "Жаңы башчы " + omb.n());
			structure.addSubsection(omb.sectionId(), sectionVersion(omb), new Commands.NewSubsection("MASTER",
					LocalizedText.of("Магистратура " + omb.n(), null, null), order, null, null));
			return null;
		});

		assertThat(citations.stream().flatMap(source -> source.citing(order).stream()))
			.extracting(ActCitation::messageKey, ActCitation::effectiveOn)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("association.change.section-head-appointed",
					ACT_DAY.plusDays(40)),
					org.assertj.core.groups.Tuple.tuple("association.change.subsection-created", ACT_DAY.plusDays(40)));
	}

	@Test
	void theSecretaryKeepsTheRecordsButNeitherDecidesOnProposalsNorShapesTheSections() {
		var omb = fixture.standardOmb(Region.OSH_CITY);
		List<String> secretary = List.of("OMB_SECRETARY@ASSOCIATION:" + omb.id());
		var details = new MemberDetails("Катчы сунуштаган " + omb.n(), null, null, omb.employerId(), "Инженер",
				StakeholderKind.EMPLOYER_REPRESENTATIVE, null, MemberRole.MEMBER, null);
		int bylawsBefore = queries.profile(omb.id()).bylaws().size();

		long order = as(secretary, () -> fixture.act(ActIssuer.organization(omb.baseOrganizationId()),
				"SEC-" + omb.n(), ACT_DAY.plusDays(50)));
		as(secretary, () -> structure.adoptBylaws(omb.id(),
				new Commands.NewBylaws("Катчынын редакциясы", "1. Жалпы жоболор", null, order)));
		as(secretary, () -> structure.createWorkingGroup(omb.id(), LocalizedText.of("Катчынын тобу", null, null),
				"Отчет даярдоо", ACT_DAY.plusYears(5)));
		long proposal = as(secretary, () -> membership.proposeMember(omb.id(), details, null));
		assertThatThrownBy(() -> as(secretary, () -> {
			membership.accept(proposal, 0);
			return null;
		})).isInstanceOf(AccessDeniedException.class);
		asChair(omb, () -> {
			membership.accept(proposal, 0);
			return null;
		});
		as(secretary, () -> {
			membership.recordAct(omb.id(), List.of(proposal), order);
			return null;
		});

		assertThat(queries.profile(omb.id()).bylaws()).hasSize(bylawsBefore + 1);
		assertThat(queries.profile(omb.id()).workingGroups()).extracting(group -> group.name().ky())
			.contains("Катчынын тобу");
		assertThat(queries.profile(omb.id()).members()).extracting(AssociationProfile.MemberProfile::personName)
			.contains("Катчы сунуштаган " + omb.n());
		assertThatThrownBy(() -> as(secretary, () -> fixture.act(ActIssuer.organization(omb.employerId()),
				"SEC-E-" + omb.n(), ACT_DAY))).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as(secretary, () -> structure.createSection(omb.id(), new Commands.NewSection(
				LocalizedText.of("Катчынын секциясы", null, null), Set.of(omb.codes().direction()),
				omb.leadingOrganizationId(), order, null, null))))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as(secretary, () -> {
			structure.appointSectionHead(omb.sectionId(), sectionVersion(omb), order, null, "Катчынын башчысы");
			return null;
		})).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as(secretary, () -> {
			structure.addSubsection(omb.sectionId(), sectionVersion(omb), new Commands.NewSubsection("MASTER",
					LocalizedText.of("Магистратура", null, null), order, null, null));
			return null;
		})).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as(secretary, () -> {
			structure.closeSection(omb.sectionId(), sectionVersion(omb), order);
			return null;
		})).isInstanceOf(AccessDeniedException.class);
		assertThat(queries.profile(omb.id()).sections()).hasSize(1);
		assertThat(section(omb).open()).isTrue();
		assertThat(section(omb).head().name()).isEqualTo("Секция башчысы " + omb.n());
		assertThat(section(omb).subsections()).hasSize(1);
	}

	@Test
	void theHeadOfOneSpecialStatusUniversityMayNotGovernAnothersAssociation() {
		long own = fixture.specialStatusOmb(AssociationFixture.unique());
		long other = fixture.specialStatusOmb(AssociationFixture.unique());
		long ownUniversity = queries.profile(own).baseOrganization().id();
		long otherUniversity = queries.profile(other).baseOrganization().id();
		long otherCharterAct = fixture.asAdministrator(
				() -> fixture.act(ActIssuer.organization(otherUniversity), "OT-" + other, ACT_DAY.plusDays(60)));
		long person = fixture.asAdministrator(() -> fixture.account("Бөтөн төрага"));
		List<String> rector = List.of("ORG_REPRESENTATIVE@ORGANIZATION:" + ownUniversity);

		assertThatThrownBy(() -> as(rector, () -> {
			lifecycle.confirmChair(other, version(other), new Commands.ConfirmChair(person, "Проректор", otherCharterAct));
			return null;
		})).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as(rector, () -> {
			lifecycle.dissolve(other, version(other), otherCharterAct);
			return null;
		})).isInstanceOf(AccessDeniedException.class);
		assertThat(queries.profile(other).chair()).isNull();
		assertThat(queries.profile(other).status()).isEqualTo(AssociationStatus.ACTIVE);

		long ownAct = as(rector, () -> fixture.act(ActIssuer.organization(ownUniversity), "OW-" + own,
				ACT_DAY.plusDays(60)));
		as(rector, () -> {
			lifecycle.confirmChair(own, version(own), new Commands.ConfirmChair(person, "Проректор", ownAct));
			return null;
		});
		assertThat(queries.profile(own).chair().accountId()).isEqualTo(person);
	}

	@Test
	void aStaleEditIsRefusedAndChangesNothing() {
		var omb = fixture.standardOmb(Region.BISHKEK_CITY);
		long stale = version(omb.id()) - 1;
		long act = fixture.asAdministrator(
				() -> fixture.act(ActIssuer.authority(omb.authorityId()), "ST-" + omb.n(), ACT_DAY.plusYears(1)));

		assertThatThrownBy(() -> asOfficer(omb.authorityId(), () -> {
			lifecycle.endChairTerm(omb.id(), stale, act);
			return null;
		})).isInstanceOf(ObjectOptimisticLockingFailureException.class);
		assertThat(queries.profile(omb.id()).chair()).isNotNull();
	}

	@Test
	void dissolvingAnAssociationTakesEveryRoleInIt() {
		var omb = fixture.standardOmb(Region.CHUY);
		assertThat(holders(Role.OMB_CHAIR, omb.id())).isNotEmpty();

		fixture.dissolve(omb);

		assertThat(holders(Role.OMB_CHAIR, omb.id())).isEmpty();
		assertThat(holders(Role.OMB_SECRETARY, omb.id())).isEmpty();
		assertThat(queries.profile(omb.id()).status()).isEqualTo(AssociationStatus.DISSOLVED);
	}

	private List<Long> holders(Role role, long associationId) {
		return accounts.holding(role, Scope.of(ScopeType.ASSOCIATION, associationId))
			.stream()
			.map(AccountView::id)
			.toList();
	}

	private AssociationProfile.SectionProfile section(AssociationFixture.Omb omb) {
		return queries.profile(omb.id())
			.sections()
			.stream()
			.filter(section -> section.id() == omb.sectionId())
			.findFirst()
			.orElseThrow();
	}

	private long sectionVersion(AssociationFixture.Omb omb) {
		return section(omb).version();
	}

	private long version(long associationId) {
		return queries.profile(associationId).version();
	}

	private <T> T asOfficer(long authorityId, Supplier<T> work) {
		return as(List.of("AUTHORITY_OFFICER@AUTHORITY:" + authorityId), work);
	}

	private <T> T asChair(AssociationFixture.Omb omb, Supplier<T> work) {
		return as(List.of("OMB_CHAIR@ASSOCIATION:" + omb.id()), work);
	}

	private <T> T as(List<String> roles, Supplier<T> work) {
		return fixture.as(roles, work);
	}

}
