package kg.omb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.jdbc.core.JdbcTemplate;

import kg.omb.association.AssociationView;
import kg.omb.association.Associations;
import kg.omb.association.domain.AssociationProfile;
import kg.omb.association.domain.AssociationQueries;
import kg.omb.association.domain.AuthorityWarnings;
import kg.omb.association.domain.MemberRole;
import kg.omb.association.domain.StakeholderKind;
import kg.omb.directory.ActIssuer;
import kg.omb.directory.ClassifierEntryView;
import kg.omb.directory.Directory;
import kg.omb.directory.LegalActView;
import kg.omb.directory.LegalActs;
import kg.omb.directory.OrganizationKind;
import kg.omb.directory.OrganizationView;
import kg.omb.directory.Region;
import kg.omb.directory.domain.LegalActRegistry;
import kg.omb.documents.ClauseChange;
import kg.omb.documents.ClauseLevel;
import kg.omb.documents.ClauseView;
import kg.omb.documents.DocumentKind;
import kg.omb.documents.DocumentStatus;
import kg.omb.documents.DocumentView;
import kg.omb.documents.Documents;
import kg.omb.documents.TimelineEntry;
import kg.omb.documents.discussion.DispositionOutcome;
import kg.omb.documents.discussion.DispositionRow;
import kg.omb.documents.discussion.DispositionTable;
import kg.omb.documents.discussion.DocumentComment;
import kg.omb.documents.discussion.PublicDiscussion;
import kg.omb.shared.Bishkek;
import kg.omb.files.StoredFiles;
import kg.omb.identity.AccountView;
import kg.omb.identity.Accounts;
import kg.omb.identity.Role;
import kg.omb.identity.Scope;
import kg.omb.identity.ScopeType;
import kg.omb.review.ReviewMode;
import kg.omb.review.ReviewRequestView;
import kg.omb.review.ReviewRequests;
import kg.omb.review.ReviewStatus;
import kg.omb.support.WithAccount;

/**
 * A first start with demo data: what the directory, the association, the documents and the review modules create,
 * and that a
 * second creates nothing.
 */
@SpringBootTest(properties = { "omb.demo-data.enabled=true", "omb.demo-data.password=demo-platform-key-0427" })
class DemoDataTests {

	/** The acts recorded without their scan on purpose (the authority's warnings page lists them). */
	static final Set<String> WITHOUT_SCAN = Set.of("388", "01-04/96");

	@Autowired
	Directory directory;

	@Autowired
	LegalActs acts;

	@Autowired
	LegalActRegistry registry;

	@Autowired
	Associations associations;

	@Autowired
	AssociationQueries queries;

	@Autowired
	AuthorityWarnings warnings;

	@Autowired
	Accounts accounts;

	@Autowired
	StoredFiles files;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Documents documents;

	@Autowired
	PublicDiscussion discussion;

	@Autowired
	DispositionTable dispositions;

	@Autowired
	Clock clock;

	@Autowired
	ReviewRequests reviewRequests;

	@Autowired
	kg.omb.review.domain.ReviewService reviewService;

	@Test
	void theEconomicsDraftIsOpenForDiscussionWithFortyOddClausesAndCommentsOfSeveralKindsOfPeople() {
		DocumentView draft = demoDocument("580100");
		assertThat(draft.status()).isEqualTo(DocumentStatus.PUBLIC_DISCUSSION);
		assertThat(draft.kind()).isEqualTo(DocumentKind.STATE_STANDARD_HIGHER);
		assertThat(draft.title().ky()).contains("580100 «Экономика»");
		assertThat(draft.title().ru()).contains("580100 «Экономика»");
		assertThat(draft.sectionId()).isEqualTo(1);
		assertThat(draft.discussionClosesOn()).isEqualTo(Bishkek.today(clock).plusDays(30));
		List<ClauseView> clauses = documents.clauses(draft.id(), 1);
		assertThat(clauses).filteredOn(clause -> clause.level() != ClauseLevel.CHAPTER).hasSizeGreaterThanOrEqualTo(40)
			.allSatisfy(clause -> assertThat(clause.html()).containsPattern("[а-яңөү]{4,}"));
		assertThat(clauses).filteredOn(clause -> clause.level() == ClauseLevel.CHAPTER)
			.extracting(ClauseView::heading)
			.contains("Жалпы жоболор", "Терминдер жана аныктамалар", "Окутуунун натыйжаларына талаптар",
					"Программанын түзүмүнө талаптар", "Программаны ишке ашыруунун шарттарына талаптар");

		List<DocumentComment> thread = discussion.thread(draft.id());
		assertThat(thread).extracting(DocumentComment::getStakeholder)
			.contains(kg.omb.documents.discussion.StakeholderKind.TEACHER,
					kg.omb.documents.discussion.StakeholderKind.EMPLOYER,
					kg.omb.documents.discussion.StakeholderKind.STUDENT,
					kg.omb.documents.discussion.StakeholderKind.ORGANIZATION);
		assertThat(thread.stream().map(DocumentComment::getRegion).collect(Collectors.toSet())).hasSizeGreaterThan(4);
		assertThat(thread).filteredOn(DocumentComment::isOfficial).hasSize(1)
			.allSatisfy(comment -> assertThat(comment.getOrganizationId()).isEqualTo(1));
		assertThat(thread).filteredOn(comment -> comment.getParentId() != null).hasSizeGreaterThanOrEqualTo(3);
		assertThat(thread).filteredOn(comment -> comment.getAnchor() != null).hasSizeGreaterThanOrEqualTo(3);
		assertThat(discussion.figures(draft.id()).byClause()).hasSizeGreaterThan(5);
		assertThat(jdbc.queryForObject("select count(*) from notification where account_id = ? and link = ?"
				+ " and title_key = 'documents.notice.discussion-opened.title'", Integer.class,
				accounts.findByEmail("participant@demo.omb.kg").orElseThrow().id(), "/documents/" + draft.id()))
			.as("the participant follows the OMB and the direction, and is told once").isEqualTo(1);
	}

	@Test
	void theManagementStandardIsInForceInItsSecondVersionWithEveryCommentDisposedOf() {
		DocumentView standard = demoDocument("580200");
		assertThat(standard.status()).isEqualTo(DocumentStatus.IN_FORCE);
		assertThat(standard.currentVersion()).isEqualTo(2);
		assertThat(documents.versions(standard.id())).hasSize(2).allSatisfy(version -> assertThat(version.published()).isTrue());
		assertThat(standard.discussionClosesOn()).isBefore(Bishkek.today(clock));
		LegalActView order = acts.find(standard.inForceActId()).orElseThrow();
		assertThat(order.number()).isEqualTo("615");
		assertThat(order.title().ru()).contains("580200");

		assertThat(documents.compare(standard.id(), 1, 2)).filteredOn(change -> change.kind() == ClauseChange.Kind.CHANGED)
			.extracting(ClauseChange::newNumber)
			.containsExactlyInAnyOrder("3.3", "4.2", "5.2");
		List<DispositionRow> rows = dispositions.rows(standard.id());
		assertThat(rows).hasSize(5).allSatisfy(row -> {
			assertThat(row.outcome()).isNotNull();
			assertThat(row.justification()).isNotBlank();
		});
		assertThat(rows).extracting(DispositionRow::outcome).contains(DispositionOutcome.ACCEPTED,
				DispositionOutcome.PARTLY_ACCEPTED, DispositionOutcome.REJECTED, DispositionOutcome.NOT_RELEVANT);
		assertThat(rows).filteredOn(row -> row.outcome() == DispositionOutcome.ACCEPTED)
			.extracting(DispositionRow::changedClauseNumber)
			.containsExactlyInAnyOrder("4.2", "5.2");
		assertThat(rows).allSatisfy(row -> assertThat(row.postedAt()).isBefore(
				standard.discussionClosesOn().plusDays(1).atStartOfDay(Bishkek.ZONE).toInstant()));

		List<TimelineEntry> timeline = documents.timeline(standard.id());
		assertThat(timeline).extracting(TimelineEntry::to)
			.containsExactly(DocumentStatus.DRAFTING, DocumentStatus.PUBLIC_DISCUSSION,
					DocumentStatus.DISPOSITION_OF_COMMENTS, DocumentStatus.EXPERT_REVIEW, DocumentStatus.CHAIR_REVIEW,
					DocumentStatus.SUBMITTED, DocumentStatus.IN_FORCE);
		assertThat(timeline.get(timeline.size() - 1).at()).isAfter(order.signedOn().atStartOfDay(Bishkek.ZONE).toInstant());
		assertThat(timeline.get(timeline.size() - 1).actorId())
			.isEqualTo(accounts.findByEmail("officer@demo.omb.kg").orElseThrow().id());
		assertThat(timeline.get(timeline.size() - 1).actId()).isEqualTo(order.id());
	}

	@Test
	void theBankingDraftIsAtItsExpertReviewWithOneReviewSubmittedAndTheDemoExpertStillToAnswer() {
		DocumentView draft = demoDocument("580120");
		assertThat(draft.status()).isEqualTo(DocumentStatus.EXPERT_REVIEW);
		assertThat(draft.kind()).isEqualTo(DocumentKind.STATE_STANDARD_SECONDARY_VOCATIONAL);
		assertThat(dispositions.rows(draft.id())).hasSize(2).allSatisfy(row -> assertThat(row.outcome()).isNotNull());
		ReviewRequestView request = reviewRequests.latest("normative-document", draft.id()).orElseThrow();
		assertThat(request.mode()).isEqualTo(ReviewMode.SINGLE_BLIND);
		assertThat(request.status()).isEqualTo(ReviewStatus.IN_PROGRESS);
		assertThat(jdbc.queryForList("select a.status from review_assignment a join review_expert e on e.id = a.expert_id"
				+ " join account c on c.id = e.account_id where a.request_id = ? order by c.email", String.class,
				request.id())).containsExactly("SUBMITTED", "INVITED");
		assertThat(jdbc.queryForList("select status from review_expert order by id", String.class))
			.containsExactly("APPROVED", "APPROVED", "APPROVED", "APPROVED", "APPLIED");
		long chair = accounts.findByEmail("chair@demo.omb.kg").orElseThrow().id();
		assertThat(kg.omb.support.TestAccount.runAs(chair, "OMB_CHAIR@ASSOCIATION:1",
				() -> reviewService.suggestions(request.id())))
			.as("the member of OMB 1 is left out of her own OMB's draft")
			.filteredOn(suggestion -> suggestion.expert().personName().equals("Жылдыз Мамбетова"))
			.singleElement()
			.satisfies(suggestion -> assertThat(suggestion.conflictReasons()).isNotEmpty());
	}

	private DocumentView demoDocument(String code) {
		return documents.ofAssociation(1)
			.stream()
			.filter(document -> document.codes().contains(code))
			.toList()
			.stream()
			.reduce((a, b) -> {
				throw new AssertionError("two demo documents for " + code);
			})
			.orElseThrow();
	}

	@Test
	void twoAuthoritiesAndOrganisationsInEveryRegionWithTheFirstAsTheBaseOfTheFirstOmb() {
		assertThat(directory.authorities()).extracting(authority -> authority.code()).containsExactly("MOE", "MSHEI");
		assertThat(directory.authority(1).orElseThrow().code()).isEqualTo("MSHEI");

		List<OrganizationView> organizations = directory.organizations();
		assertThat(organizations).hasSizeGreaterThanOrEqualTo(12);
		assertThat(organizations.stream().map(OrganizationView::region).collect(Collectors.toSet()))
			.containsExactlyInAnyOrder(Region.values());
		assertThat(organizations).extracting(OrganizationView::kind)
			.contains(OrganizationKind.UNIVERSITY, OrganizationKind.COLLEGE,
					OrganizationKind.SCIENTIFIC_METHODOLOGICAL_CENTRE, OrganizationKind.EMPLOYER,
					OrganizationKind.PROFESSIONAL_ASSOCIATION);
		assertThat(organizations).filteredOn(OrganizationView::specialStatus)
			.extracting(OrganizationView::code)
			.containsExactly("KNU");
		assertThat(organizations).allSatisfy(organization -> {
			assertThat(organization.shortName().ky()).as(organization.code()).isNotBlank();
			assertThat(organization.address()).as(organization.code()).isNotBlank();
			assertThat(organization.headName()).as(organization.code()).isNotBlank();
		});

		OrganizationView first = directory.organization(1).orElseThrow();
		assertThat(first.name().ky()).isEqualTo("М. Рыскулбеков атындагы Кыргыз экономикалык университети");
		assertThat(associations.find(1).orElseThrow().baseOrganizationId()).isEqualTo(first.id());
	}

	@Test
	void theClassifierKeepsARetiredCodeBesideItsSuccessor() {
		var retired = directory.classifierEntry("521500").orElseThrow();
		var successor = directory.classifierEntry("580200").orElseThrow();

		assertThat(retired.retiredOn()).isNotNull().isEqualTo(successor.introducedOn());
		assertThat(directory.classifierEntry("550000").orElseThrow().name().ky()).isEqualTo("Билим берүү жана педагогика");
		assertThat(directory.classifierEntry("580100").orElseThrow().levelCodes()).containsExactlyInAnyOrder("BACHELOR",
				"MASTER");
	}

	@Test
	void fiveOmbsEachWithAChairSectionsBylawsAndAWorkingGroup() {
		List<AssociationView> all = associations.all();

		assertThat(all).hasSize(5).allSatisfy(association -> assertThat(association.chairAccountId()).isNotNull());
		for (AssociationView association : all) {
			AssociationProfile profile = queries.profile(association.id());
			assertThat(profile.chair().act()).as(profile.name().ky()).isNotNull();
			assertThat(profile.sections()).hasSizeBetween(2, 3).allSatisfy(section -> {
				assertThat(section.head()).isNotNull();
				assertThat(section.subsections()).isNotEmpty();
			});
			assertThat(profile.members()).hasSizeBetween(12, 15);
			assertThat(profile.members()).filteredOn(member -> member.role() == MemberRole.SECRETARY).hasSize(1);
			assertThat(profile.bylaws()).hasSize(1);
			assertThat(profile.workingGroups()).hasSize(1);
		}
		AccountView chair = accounts.findByEmail("chair@demo.omb.kg").orElseThrow();
		assertThat(associations.find(1).orElseThrow().chairAccountId()).isEqualTo(chair.id());
		assertThat(accounts.holding(Role.OMB_CHAIR, Scope.of(ScopeType.ASSOCIATION, 1))).extracting(AccountView::email)
			.containsExactly("chair@demo.omb.kg");
	}

	@Test
	void sixtyOddCurrentMembersWithEmployersEverywhereButInTheEducationOmb() {
		List<AssociationProfile> profiles = associations.all().stream().map(a -> queries.profile(a.id())).toList();

		assertThat(profiles.stream().mapToLong(profile -> profile.members().stream().filter(m -> m.current()).count())
			.sum()).isGreaterThanOrEqualTo(60);
		assertThat(profiles).filteredOn(profile -> profile.employerRepresentatives() == 0)
			.extracting(profile -> profile.baseOrganization().code())
			.containsExactly("KSU");
		assertThat(profiles.stream().flatMap(profile -> profile.members().stream()).map(m -> m.stakeholderKind())
			.collect(Collectors.toSet())).isEqualTo(EnumSet.allOf(StakeholderKind.class));
	}

	@Test
	void theDemoAccountsHoldWhatTheStructureSays() {
		AssociationProfile first = queries.profile(1);
		Map<String, MemberRole> byName = first.members()
			.stream()
			.collect(Collectors.toMap(AssociationProfile.MemberProfile::personName,
					AssociationProfile.MemberProfile::role));
		assertThat(byName).containsEntry("Нургүл Сатыбалдиева", MemberRole.SECRETARY)
			.containsEntry("Жылдыз Мамбетова", MemberRole.MEMBER);
		assertThat(first.sections().get(0).id()).isEqualTo(1);
		assertThat(first.sections().get(0).head().accountId())
			.isEqualTo(accounts.findByEmail("section-head@demo.omb.kg").orElseThrow().id());
		assertThat(first.sections()).anySatisfy(section -> assertThat(section.centre()).isNotNull());

		assertThat(accounts.holding(Role.OMB_SECRETARY, Scope.of(ScopeType.ASSOCIATION, 1)))
			.extracting(AccountView::email)
			.containsExactly("secretary@demo.omb.kg");
		assertThat(accounts.holding(Role.COUNCIL_MEMBER, Scope.of(ScopeType.COUNCIL, 1))).extracting(AccountView::email)
			.containsExactly("council@demo.omb.kg");
		assertThat(jdbc.queryForList("select status from association_membership_proposal where association_id = 1 "
				+ "and proposed_by = ? order by id", String.class,
				accounts.findByEmail("representative@demo.omb.kg").orElseThrow().id()))
			.containsExactly("PENDING", "REJECTED");
		assertThat(jdbc.queryForObject("select count(*) from consultative_council_member where council_id = 1",
				Integer.class)).isGreaterThanOrEqualTo(4);
		assertThat(jdbc.queryForObject("select count(*) from consultative_council_recommendation", Integer.class))
			.isEqualTo(1);
	}

	@Test
	void everyActButTwoHasAScanThatNamesItsNumberInKyrgyz() throws IOException {
		List<LegalActView> all = registry.list(null, 0).getContent();

		assertThat(all).hasSizeGreaterThanOrEqualTo(17);
		assertThat(acts.withoutFile()).extracting(LegalActView::number).containsExactlyInAnyOrderElementsOf(WITHOUT_SCAN);
		for (LegalActView act : all) {
			if (WITHOUT_SCAN.contains(act.number())) {
				continue;
			}
			assertThat(act.fileId()).as(act.number()).isNotNull();
			assertThat(files.find(act.fileId()).orElseThrow().mediaType()).isEqualTo("application/pdf");
			String text = pdfText(act.fileId());
			assertThat(text).as(act.number()).contains("№ " + act.number()).containsPattern("[ңөүҢӨҮ]");
		}
		assertThat(acts.issuedBy(ActIssuer.organization(1))).extracting(LegalActView::number).containsExactly("01-15/87");
	}

	@Test
	@WithAccount(value = 3, email = "officer@demo.omb.kg", roles = "AUTHORITY_OFFICER@AUTHORITY:1")
	void theOfficersWarningsPageHasSomethingToShow() {
		AuthorityWarnings.Warnings shown = warnings.forCurrentPerson();

		assertThat(shown.groupsWithoutAssociation()).extracting(ClassifierEntryView::code).containsExactly("630000");
		assertThat(shown.associationsWithoutChair()).isEmpty();
		assertThat(shown.sectionsWithoutHead()).isEmpty();
		assertThat(shown.associationsWithoutEmployers()).extracting(item -> item.name().ky())
			.containsExactly("Билим берүү жана педагогика боюнча окуу-методикалык бирикме");
		assertThat(shown.actsWithoutFile()).extracting(LegalActView::number)
			.containsExactlyInAnyOrderElementsOf(WITHOUT_SCAN);
	}

	@Test
	void runningTheDemoDataAgainCreatesNothing() throws Exception {
		List<String> tables = List.of("authorized_body", "organization", "classifier_entry", "legal_act", "stored_file",
				"association", "association_section", "association_member", "association_membership_proposal",
				"consultative_council_member", "role_grant", "account", "audit_entry", "normative_document",
				"document_version", "document_clause", "document_comment", "notification", "subscription",
				"review_expert", "review_request", "review_assignment");
		List<Integer> before = counts(tables);

		List<ApplicationRunner> runners = new ArrayList<>(context.getBeansOfType(ApplicationRunner.class).values());
		runners.sort(AnnotationAwareOrderComparator.INSTANCE);
		for (ApplicationRunner runner : runners) {
			if (runner.getClass().getName().contains("Demo")) {
				runner.run(new DefaultApplicationArguments());
			}
		}

		assertThat(counts(tables)).isEqualTo(before);
	}

	private List<Integer> counts(List<String> tables) {
		return tables.stream()
			.map(table -> jdbc.queryForObject("select count(*) from " + table, Integer.class))
			.toList();
	}

	private String pdfText(long fileId) throws IOException {
		try (InputStream in = files.open(fileId); PDDocument document = Loader.loadPDF(in.readAllBytes())) {
			return new PDFTextStripper().getText(document);
		}
	}

}
