package kg.omb.association;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import kg.omb.association.domain.AssociationLifecycle;
import kg.omb.association.domain.AssociationQueries;
import kg.omb.association.domain.AuthorityWarnings;
import kg.omb.association.domain.Commands;
import kg.omb.association.domain.MemberDetails;
import kg.omb.association.domain.MemberRole;
import kg.omb.association.domain.StakeholderKind;
import kg.omb.association.domain.StructureService;
import kg.omb.directory.ActIssuer;
import kg.omb.directory.ClassifierEntryView;
import kg.omb.directory.LegalActView;
import kg.omb.directory.Region;
import kg.omb.directory.domain.LegalActRegistry;
import kg.omb.directory.domain.ScanUpload;
import kg.omb.files.SampleFiles;
import kg.omb.shared.LocalizedText;

import static kg.omb.association.AssociationFixture.ACT_DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The authority's warnings page, category by category: each warning appears for what the fixture builds without
 * it and disappears once the gap is filled (an OMB for the group, a chair, a section head, an employer
 * representative among the members, the act's scan).
 */
@SpringBootTest
@Import(AssociationFixture.class)
class AuthorityWarningsTests {

	@Autowired
	AssociationFixture fixture;

	@Autowired
	AuthorityWarnings warnings;

	@Autowired
	AssociationLifecycle lifecycle;

	@Autowired
	StructureService structure;

	@Autowired
	AssociationQueries queries;

	@Autowired
	LegalActRegistry acts;

	@Test
	void aCompleteAssociationRaisesNoStructuralWarning() {
		var omb = fixture.standardOmb(Region.BISHKEK_CITY);

		var seen = warningsFor(omb);

		assertThat(ids(seen.associationsWithoutChair())).doesNotContain(omb.id());
		assertThat(ids(seen.associationsWithoutEmployers())).doesNotContain(omb.id());
		assertThat(ids(seen.sectionsWithoutHead())).doesNotContain(omb.id());
		assertThat(codes(seen.groupsWithoutAssociation())).doesNotContain(omb.codes().group());
	}

	@Test
	void anEnlargedGroupWithoutAnAssociationIsWarnedOfUntilOneCoversIt() {
		var omb = fixture.standardOmb(Region.OSH_CITY);
		String group = fixture.asAdministrator(() -> fixture.codes(AssociationFixture.unique(), Set.of("BACHELOR")))
			.group();

		assertThat(codes(warningsFor(omb).groupsWithoutAssociation())).contains(group);

		fixture.asAdministrator(() -> lifecycle.create(new Commands.CreateAssociation(
				LocalizedText.of("Жаңы ОМБ " + group, null, null), omb.authorityId(), Set.of(group),
				omb.baseOrganizationId(), authoritysAct(omb))));

		assertThat(codes(warningsFor(omb).groupsWithoutAssociation())).doesNotContain(group);
	}

	@Test
	void anAssociationWithoutAChairIsWarnedOfUntilOneIsConfirmed() {
		var omb = fixture.standardOmb(Region.CHUY);
		long bare = bareOmb(omb);

		assertThat(ids(warningsFor(omb).associationsWithoutChair())).containsExactly(bare);

		long chair = fixture.asAdministrator(() -> fixture.account("Жаңы төрага"));
		long act = authoritysAct(omb);
		fixture.asAdministrator(() -> {
			lifecycle.confirmChair(bare, queries.profile(bare).version(),
					new Commands.ConfirmChair(chair, "Окуу иштери боюнча проректор", act));
			return null;
		});

		assertThat(ids(warningsFor(omb).associationsWithoutChair())).isEmpty();
	}

	@Test
	void aSectionWithoutAHeadIsWarnedOfUntilOneIsAppointed() {
		var omb = fixture.standardOmb(Region.TALAS);
		long act = fixture.asAdministrator(() -> fixture.act(ActIssuer.organization(omb.baseOrganizationId()),
				"SH-" + AssociationFixture.unique(), ACT_DAY.plusDays(40)));
		long section = fixture.asAdministrator(() -> structure.createSection(omb.id(),
				new Commands.NewSection(LocalizedText.of("Башчысыз секция " + omb.n(), null, null),
						Set.of(omb.codes().direction()), omb.leadingOrganizationId(), act, null, null)));

		assertThat(warningsFor(omb).sectionsWithoutHead())
			.extracting(item -> item.name().ky(), AuthorityWarnings.Item::associationId)
			.containsExactly(tuple("Башчысыз секция " + omb.n(), omb.id()));

		long version = queries.profile(omb.id())
			.sections()
			.stream()
			.filter(candidate -> candidate.id() == section)
			.findFirst()
			.orElseThrow()
			.version();
		fixture.asAdministrator(() -> {
			structure.appointSectionHead(section, version, act, null, "Жаңы башчы " + omb.n());
			return null;
		});

		assertThat(warningsFor(omb).sectionsWithoutHead()).isEmpty();
	}

	@Test
	void anAssociationWithoutAnEmployerRepresentativeIsWarnedOfUntilOneIsApproved() {
		var omb = fixture.standardOmb(Region.NARYN);
		long bare = bareOmb(omb);
		fixture.asAdministrator(() -> fixture.member(bare, new MemberDetails("Академик " + bare, null, null,
				omb.baseOrganizationId(), "Доцент", StakeholderKind.ACADEMIC_STAFF, null, MemberRole.MEMBER, null)));

		assertThat(ids(warningsFor(omb).associationsWithoutEmployers())).containsExactly(bare);

		fixture.asAdministrator(() -> fixture.member(bare, new MemberDetails("Иш берүүчү " + bare, null, null,
				omb.employerId(), "Директор", StakeholderKind.EMPLOYER_REPRESENTATIVE, null, MemberRole.MEMBER,
				null)));

		assertThat(ids(warningsFor(omb).associationsWithoutEmployers())).isEmpty();
	}

	@Test
	void anActWithoutAFileIsWarnedOfUntilItsScanIsAttached() {
		var omb = fixture.standardOmb(Region.BATKEN);
		long act = authoritysAct(omb);

		assertThat(actIds(warningsFor(omb))).contains(act, omb.creationActId(), omb.chairActId());

		byte[] pdf = SampleFiles.pdf("Order " + act);
		fixture.asAdministrator(() -> {
			acts.attachScan(act, acts.editable(act).version(),
					new ScanUpload(new ByteArrayInputStream(pdf), "buyruk.pdf", pdf.length));
			return null;
		});

		assertThat(actIds(warningsFor(omb))).doesNotContain(act).contains(omb.creationActId());
	}

	@Test
	void anOfficerSeesOnlyTheirOwnAuthoritysAssociationsAndActs() {
		var mine = fixture.standardOmb(Region.JALAL_ABAD);
		var theirs = fixture.standardOmb(Region.JALAL_ABAD);
		long theirBare = bareOmb(theirs);

		var seen = warningsFor(mine);

		assertThat(ids(seen.associationsWithoutChair())).doesNotContain(theirBare);
		assertThat(actIds(seen)).doesNotContain(theirs.creationActId());
	}

	/** A second OMB of the same authority, with no chair, sections or members. */
	private long bareOmb(AssociationFixture.Omb omb) {
		return fixture.anotherOmb(omb, LocalizedText.of("Жөнөкөй ОМБ " + omb.n(), null, null), Set.of("BACHELOR"));
	}

	private long authoritysAct(AssociationFixture.Omb omb) {
		return fixture.asAdministrator(() -> fixture.act(ActIssuer.authority(omb.authorityId()),
				"W-" + AssociationFixture.unique(), ACT_DAY.plusDays(40)));
	}

	private AuthorityWarnings.Warnings warningsFor(AssociationFixture.Omb omb) {
		return asOfficer(omb, warnings::forCurrentPerson);
	}

	private static List<Long> ids(List<AuthorityWarnings.Item> items) {
		return items.stream().map(AuthorityWarnings.Item::associationId).toList();
	}

	private static List<String> codes(List<ClassifierEntryView> groups) {
		return groups.stream().map(ClassifierEntryView::code).toList();
	}

	private static List<Long> actIds(AuthorityWarnings.Warnings seen) {
		return seen.actsWithoutFile().stream().map(LegalActView::id).toList();
	}

	private <T> T asOfficer(AssociationFixture.Omb omb, Supplier<T> work) {
		return fixture.as(List.of("AUTHORITY_OFFICER@AUTHORITY:" + omb.authorityId()), work);
	}

}
