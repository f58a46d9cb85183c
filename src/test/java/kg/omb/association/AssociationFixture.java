package kg.omb.association;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import kg.omb.association.domain.AssociationLifecycle;
import kg.omb.association.domain.AssociationQueries;
import kg.omb.association.domain.Commands;
import kg.omb.association.domain.Contacts;
import kg.omb.association.domain.CouncilMember;
import kg.omb.association.domain.CouncilQueries;
import kg.omb.association.domain.CouncilService;
import kg.omb.association.domain.MemberDetails;
import kg.omb.association.domain.MemberRole;
import kg.omb.association.domain.MembershipService;
import kg.omb.association.domain.StakeholderKind;
import kg.omb.association.domain.StructureService;
import kg.omb.association.domain.WorkingGroup;
import kg.omb.directory.ActIssuer;
import kg.omb.directory.ClassifierKind;
import kg.omb.directory.EducationSector;
import kg.omb.directory.LegalActKind;
import kg.omb.directory.OrganizationKind;
import kg.omb.directory.Region;
import kg.omb.directory.domain.AuthorityAdministration;
import kg.omb.directory.domain.AuthorityDetails;
import kg.omb.directory.domain.ClassifierAdministration;
import kg.omb.directory.domain.ClassifierEntryData;
import kg.omb.directory.domain.LegalActData;
import kg.omb.directory.domain.LegalActRegistry;
import kg.omb.directory.domain.OrganizationAdministration;
import kg.omb.directory.domain.OrganizationData;
import kg.omb.notifications.TestAccounts;
import kg.omb.shared.LocalizedText;
import kg.omb.support.TestAccount;

/**
 * Real associations for tests, built through the services as the people who may do so would (an administrator
 * here, who holds every scope): authorities, organisations, classifier codes and acts in the directory, then OMBs
 * with chairs, sections, subsections, members, bylaws and councils. Import it ({@code @Import(AssociationFixture.class)})
 * and call {@link #standardOmb()} for a complete OMB, or the smaller steps for a particular case. Every call makes
 * new codes and names, so tests sharing a context never see each other's data by accident.
 */
@TestComponent
public class AssociationFixture {

	/** The day the fixture's acts take effect: in the past, so that everything is in force today. */
	public static final LocalDate ACT_DAY = LocalDate.of(2025, 9, 1);

	private static final AtomicInteger NEXT = new AtomicInteger(10);

	private final AuthorityAdministration authorities;

	private final OrganizationAdministration organizations;

	private final ClassifierAdministration classifier;

	private final LegalActRegistry acts;

	private final AssociationLifecycle lifecycle;

	private final StructureService structure;

	private final MembershipService membership;

	private final CouncilService councils;

	private final AssociationQueries queries;

	private final CouncilQueries councilQueries;

	private final JdbcTemplate jdbc;

	private volatile Long administratorId;

	AssociationFixture(AuthorityAdministration authorities, OrganizationAdministration organizations,
			ClassifierAdministration classifier, LegalActRegistry acts, AssociationLifecycle lifecycle,
			StructureService structure, MembershipService membership, CouncilService councils,
			AssociationQueries queries, CouncilQueries councilQueries, JdbcTemplate jdbc) {
		this.authorities = authorities;
		this.organizations = organizations;
		this.classifier = classifier;
		this.acts = acts;
		this.lifecycle = lifecycle;
		this.structure = structure;
		this.membership = membership;
		this.councils = councils;
		this.queries = queries;
		this.councilQueries = councilQueries;
		this.jdbc = jdbc;
	}

	/** A number no other fixture call has used in this JVM. */
	public static int unique() {
		return NEXT.getAndIncrement();
	}

	/**
	 * A whole OMB: an authority, a base university in the region, an enlarged group with a direction (bachelor,
	 * master) and a specialty (secondary vocational), the OMB created by the authority's order, its chair
	 * confirmed, a section at a leading college with its head and two subsections, two members (an academic and
	 * the employers' representative, who is the secretary), two versions of the bylaws, a working group and
	 * contacts. Names carry the number {@code n} so that tests can find them.
	 */
	public Omb standardOmb(Region region) {
		return asAdministrator(() -> {
			int n = unique();
			long authority = authority(n);
			long university = organization(n, "U", OrganizationKind.UNIVERSITY, authority, region,
					LocalizedText.of("Базалык университет " + n, "Базовый университет " + n, "Base University " + n));
			long college = organization(n, "C", OrganizationKind.COLLEGE, authority, region,
					LocalizedText.of("Алдынкы колледж " + n, "Ведущий колледж " + n, "Leading College " + n));
			long employer = organization(n, "E", OrganizationKind.EMPLOYER, authority, region,
					LocalizedText.of("Иш берүүчү " + n, "Работодатель " + n, "Employer " + n));
			Codes codes = codes(n, Set.of("BACHELOR", "MASTER", "SECONDARY_VOCATIONAL"));
			long creation = act(ActIssuer.authority(authority), "C-" + n, ACT_DAY);
			long id = lifecycle.create(new Commands.CreateAssociation(
					LocalizedText.of("Экономика ОМБ " + n, "УМО по экономике " + n, "Economics OMB " + n), authority,
					Set.of(codes.group()), university, creation));
			long chairAccount = account("Төрага " + n);
			long chairAct = act(ActIssuer.authority(authority), "CH-" + n, ACT_DAY.plusDays(1));
			lifecycle.confirmChair(id, version(id), new Commands.ConfirmChair(chairAccount,
					"Окуу иштери боюнча проректор " + n, chairAct));
			long sectionAct = act(ActIssuer.organization(university), "S-" + n, ACT_DAY.plusDays(2));
			long section = structure.createSection(id, new Commands.NewSection(
					LocalizedText.of("Экономика секциясы " + n, "Секция экономики " + n, "Economics section " + n),
					Set.of(codes.direction(), codes.specialty()), college, sectionAct, null, "Секция башчысы " + n));
			structure.addSubsection(section, sectionVersion(id, section), new Commands.NewSubsection("BACHELOR",
					LocalizedText.of("Бакалавриат " + n, "Бакалавриат " + n, "Bachelor " + n), sectionAct, null,
					"Кичи секция башчысы " + n));
			long academic = member(id, new MemberDetails("Академик " + n, null, null, university, "Профессор",
					StakeholderKind.ACADEMIC_STAFF, section, MemberRole.MEMBER, null));
			long employerRepresentative = member(id, new MemberDetails("Иш берүүчү өкүл " + n, null, null, employer,
					"Башкы директор", StakeholderKind.EMPLOYER_REPRESENTATIVE, null, MemberRole.SECRETARY, null));
			long firstBylaws = act(ActIssuer.organization(university), "B1-" + n, ACT_DAY.plusDays(10));
			structure.adoptBylaws(id, new Commands.NewBylaws("Биринчи редакция " + n,
					"1. Жалпы жоболор " + n + "\n2. Максаттар", null, firstBylaws));
			long secondBylaws = act(ActIssuer.organization(university), "B2-" + n, ACT_DAY.plusDays(20));
			structure.adoptBylaws(id, new Commands.NewBylaws("Экинчи редакция " + n,
					"1. Жалпы жоболор, жаңы " + n + "\n2. Максаттар жана милдеттер", null, secondBylaws));
			structure.createWorkingGroup(id,
					LocalizedText.of("Стандарт тобу " + n, "Группа по стандарту " + n, "Standard group " + n),
					"МББС долбоорун даярдоо", ACT_DAY.plusYears(5));
			lifecycle.changeContacts(id, version(id), new Contacts("omb" + n + "@example.kg", "+996 312 00 00 " + n,
					"Бишкек ш., Чүй пр. " + n));
			return new Omb(id, n, authority, university, college, employer, codes, creation, chairAct, section,
					academic, employerRepresentative, chairAccount);
		});
	}

	/**
	 * A second OMB of the same authority at the same base organisation, for a new enlarged group taught at the
	 * levels given, with no sections, chair or members.
	 */
	public long anotherOmb(Omb of, LocalizedText name, Set<String> groupLevels) {
		return asAdministrator(() -> {
			int n = unique();
			Codes codes = codes(n, groupLevels);
			long creation = act(ActIssuer.authority(of.authorityId()), "C-" + n, ACT_DAY);
			return lifecycle.create(new Commands.CreateAssociation(name, of.authorityId(), Set.of(codes.group()),
					of.baseOrganizationId(), creation));
		});
	}

	/**
	 * A special-status university's own association (§3, §25), registered under the university's charter; returns
	 * its id. Its names are {@code Өз ОМБ n}, {@code Собственное УМО n}, {@code Own OMB n}.
	 */
	public long specialStatusOmb(int n) {
		return asAdministrator(() -> {
			long authority = authority(n);
			long university = organizations.create(new OrganizationData("SU" + n,
					LocalizedText.of("Өзгөчө университет " + n, "Особый университет " + n, "Special University " + n),
					null, OrganizationKind.UNIVERSITY, Set.of(EducationSector.HIGHER), Region.BISHKEK_CITY, true,
					authority, null, null, null, null));
			Codes codes = codes(n, Set.of("BACHELOR"));
			long charter = acts.record(new LegalActData(LegalActKind.CHARTER, ActIssuer.organization(university),
					"U-" + n, ACT_DAY, LocalizedText.of("Устав " + n, "Устав " + n, "Charter " + n), ACT_DAY), null);
			return lifecycle.registerOwn(new Commands.RegisterOwnAssociation(
					LocalizedText.of("Өз ОМБ " + n, "Собственное УМО " + n, "Own OMB " + n), university,
					Set.of(codes.group()), charter));
		});
	}

	/** The authority dissolves the OMB by a new order. */
	public long dissolve(Omb omb) {
		return asAdministrator(() -> {
			long act = act(ActIssuer.authority(omb.authorityId()), "D-" + unique(), ACT_DAY.plusMonths(6));
			lifecycle.dissolve(omb.id(), version(omb.id()), act);
			return act;
		});
	}

	/** The authority transfers the OMB's functions to a new university (§20); returns the university's id. */
	public long transfer(Omb omb, LocalizedText newBase) {
		return asAdministrator(() -> {
			int n = unique();
			long university = organization(n, "T", OrganizationKind.UNIVERSITY, omb.authorityId(), Region.OSH_CITY,
					newBase);
			long act = act(ActIssuer.authority(omb.authorityId()), "TR-" + n, ACT_DAY.plusMonths(3));
			lifecycle.transfer(omb.id(), version(omb.id()), university, act);
			return university;
		});
	}

	/** The authority's consultative council with one member and one recommendation. */
	public Council council(Omb omb) {
		return asAdministrator(() -> {
			int n = unique();
			long formed = act(ActIssuer.authority(omb.authorityId()), "K-" + n, ACT_DAY);
			long id = councils.form(omb.authorityId(),
					LocalizedText.of("Консультативдик кеңеш " + n, "Консультативный совет " + n, "Council " + n), formed);
			long appointed = act(ActIssuer.authority(omb.authorityId()), "KM-" + n, ACT_DAY.plusDays(5));
			councils.appoint(id, councilVersion(id), new CouncilMember.Person("Кеңеш мүчөсү " + n, null,
					omb.baseOrganizationId(), "Ректор"), appointed);
			councils.recommend(id, councilVersion(id),
					LocalizedText.of("Сунуштама " + n, "Рекомендация " + n, "Recommendation " + n),
					"Стандарттарды жаңылоо " + n + "\nЭкинчи абзац", ACT_DAY.plusDays(30), null);
			return new Council(id, n, formed, appointed);
		});
	}

	public long authority(int n) {
		return authorities.create(new AuthorityDetails("MIN" + n,
				LocalizedText.of("Министрлик " + n, "Министерство " + n, "Ministry " + n), null,
				Set.of(EducationSector.HIGHER, EducationSector.SECONDARY_VOCATIONAL), null));
	}

	public long organization(int n, String prefix, OrganizationKind kind, long authority, Region region,
			LocalizedText name) {
		Set<EducationSector> sectors = kind == OrganizationKind.COLLEGE ? Set.of(EducationSector.SECONDARY_VOCATIONAL)
				: Set.of(EducationSector.HIGHER);
		return organizations.create(new OrganizationData(prefix + n, name, null, kind, sectors, region, false,
				authority, null, null, null, null));
	}

	/**
	 * A group {@code nnn000} taught at the levels given, its direction {@code nnn100} (bachelor, master) and its
	 * specialty {@code nnn101} (secondary vocational).
	 */
	public Codes codes(int n, Set<String> groupLevels) {
		String prefix = String.format("%03d", n % 1000);
		Codes codes = new Codes(prefix + "000", prefix + "100", prefix + "101");
		LocalDate introduced = LocalDate.of(2020, 1, 1);
		classifier.create(ClassifierEntryData.introduced(codes.group(), ClassifierKind.GROUP,
				LocalizedText.of("Экономика тобу " + n, "Группа экономика " + n, "Economics group " + n), null,
				groupLevels, introduced));
		classifier.create(ClassifierEntryData.introduced(codes.direction(), ClassifierKind.DIRECTION,
				LocalizedText.of("Экономика багыты " + n, "Направление экономика " + n, "Economics " + n),
				codes.group(), Set.of("BACHELOR", "MASTER"), introduced));
		classifier.create(ClassifierEntryData.introduced(codes.specialty(), ClassifierKind.SPECIALTY,
				LocalizedText.of("Бухгалтердик эсеп " + n, "Бухгалтерский учёт " + n, "Accounting " + n),
				codes.group(), Set.of("SECONDARY_VOCATIONAL"), introduced));
		return codes;
	}

	public long act(ActIssuer issuer, String number, LocalDate effectiveOn) {
		return acts.record(new LegalActData(LegalActKind.ORDER, issuer, number, effectiveOn,
				LocalizedText.of("Буйрук " + number, "Приказ " + number, "Order " + number), effectiveOn), null);
	}

	/** A new active account, as the identity module would have it. */
	public long account(String displayName) {
		return TestAccounts.active(jdbc, displayName, "ky");
	}

	/** Proposes, accepts and approves a member by the base organisation's order; returns the proposal's id. */
	public long member(long associationId, MemberDetails details) {
		long proposal = membership.proposeMember(associationId, details, null);
		membership.accept(proposal, 0);
		long base = queries.profile(associationId).baseOrganization().id();
		long act = act(ActIssuer.organization(base), "M-" + unique(), ACT_DAY.plusDays(3));
		membership.recordAct(associationId, List.of(proposal), act);
		return proposal;
	}

	private long version(long associationId) {
		return queries.profile(associationId).version();
	}

	/** The OMB's working group, with this account as a participant from the base university; returns its id. */
	public long workingGroupWith(Omb omb, long accountId, String personName) {
		return asAdministrator(() -> {
			var group = queries.profile(omb.id()).workingGroups().get(0);
			structure.addParticipant(group.id(), group.version(),
					new WorkingGroup.Participant(personName, omb.baseOrganizationId(), accountId, "Мүчө"));
			return group.id();
		});
	}

	private long sectionVersion(long associationId, long sectionId) {
		return queries.profile(associationId)
			.sections()
			.stream()
			.filter(section -> section.id() == sectionId)
			.findFirst()
			.orElseThrow()
			.version();
	}

	private long councilVersion(long councilId) {
		return councilQueries.profile(councilId).version();
	}

	/**
	 * Runs the work as a signed-in administrator (an account of its own, made on first use: grants and records
	 * name who made them), then puts back whoever was signed in.
	 */
	public <T> T asAdministrator(Supplier<T> work) {
		if (administratorId == null) {
			administratorId = account("Fixture Administrator");
		}
		return signedIn(administratorId, "Fixture Administrator", List.of("ROLE_ADMIN", "ADMIN@PLATFORM"), work);
	}

	/**
	 * Runs the work signed in as a new person (with an account of their own) holding these scoped roles, written
	 * as authorities ({@code OMB_CHAIR@ASSOCIATION:7}), then puts back whoever was signed in.
	 */
	public <T> T as(List<String> authorities, Supplier<T> work) {
		long accountId = asAdministrator(() -> account("Акт. адам"));
		return signedIn(accountId, "Акт. адам", authorities, work);
	}

	private <T> T signedIn(long accountId, String name, List<String> authorities, Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
				new TestAccount(accountId, TestAccounts.email(accountId), name), null,
				authorities.stream().map(SimpleGrantedAuthority::new).toList()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	/** The codes of one enlarged group, a direction in it and a specialty in it. */
	public record Codes(String group, String direction, String specialty) {
	}

	/** What {@link #standardOmb(Region)} built, by id; {@code n} is the number in every name. */
	public record Omb(long id, int n, long authorityId, long baseOrganizationId, long leadingOrganizationId,
			long employerId, Codes codes, long creationActId, long chairActId, long sectionId, long academicProposalId,
			long employerProposalId, long chairAccountId) {

		public String nameKy() {
			return "Экономика ОМБ " + n;
		}

		public String nameRu() {
			return "УМО по экономике " + n;
		}

	}

	public record Council(long id, int n, long formingActId, long appointingActId) {
	}

}
