package kg.omb.directory.domain;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import kg.omb.directory.ActIssuer;
import kg.omb.directory.ClassifierKind;
import kg.omb.directory.Directory;
import kg.omb.directory.DirectoryFixtures;
import kg.omb.directory.EducationSector;
import kg.omb.directory.LegalActs;
import kg.omb.directory.OrganizationKind;
import kg.omb.directory.People;
import kg.omb.files.SampleFiles;
import kg.omb.files.StoredFile;
import kg.omb.files.StoredFiles;
import kg.omb.shared.Actor;
import kg.omb.shared.DomainException;
import kg.omb.shared.LocalizedText;
import kg.omb.shared.NotFoundException;

import static kg.omb.directory.People.admin;
import static kg.omb.directory.People.as;
import static kg.omb.directory.People.officer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The directory's services against a real database: what they keep, who may change what, the classifier's rules
 * and history, legal acts and their scans. Run on H2 ({@link DirectoryServicesOnH2Tests}) and PostgreSQL
 * ({@link DirectoryServicesOnPostgresTests}).
 */
@SpringBootTest(properties = "omb.files.directory=target/test-data/directory-files")
abstract class DirectoryServicesContract {

	@Autowired
	AuthorityAdministration authorities;

	@Autowired
	OrganizationAdministration organizations;

	@Autowired
	ClassifierAdministration classifier;

	@Autowired
	LegalActRegistry registry;

	@Autowired
	DirectorySearch search;

	@Autowired
	Directory directory;

	@Autowired
	LegalActs acts;

	@Autowired
	StoredFiles files;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transaction;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	static String refusal(Runnable action) {
		try {
			action.run();
		}
		catch (DomainException refused) {
			return refused.messageKey();
		}
		throw new AssertionError("the action was not refused");
	}

	int count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}

	@Test
	void theFourLevelsOfTrainingAreThereFromTheStart() {
		assertThat(directory.levels()).extracting(level -> level.code())
			.startsWith("SECONDARY_VOCATIONAL", "BACHELOR", "MASTER", "SPECIALIST");
		assertThat(directory.levels().get(0).name().ky()).isEqualTo("Кесиптик орто билим берүү");
		assertThat(directory.levels().get(0).sector()).isEqualTo(EducationSector.SECONDARY_VOCATIONAL);
	}

	@Test
	void anAdministratorKeepsAuthoritiesAndNoOneElseDoes() {
		long id = DirectoryFixtures.newAuthority(authorities);
		assertThat(directory.authority(id)).hasValueSatisfying(view -> assertThat(view.shortName().ru()).isEqualTo("МОН"));

		assertThatThrownBy(() -> as(officer(id), () -> authorities.create(DirectoryFixtures.authority("X1"))))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as(People.participant(), () -> authorities.manageable()))
			.isInstanceOf(AccessDeniedException.class);
		String code = directory.authority(id).orElseThrow().code();
		assertThat(as(admin(), () -> refusal(() -> authorities.create(DirectoryFixtures.authority(code)))))
			.isEqualTo("authority.error.duplicate-code");
	}

	@Test
	void anOfficerKeepsTheOrganisationsOfTheirOwnAuthorityOnly() {
		long own = DirectoryFixtures.newAuthority(authorities);
		long other = DirectoryFixtures.newAuthority(authorities);
		String code = DirectoryFixtures.code("OSH");

		long id = as(officer(own), () -> organizations.create(DirectoryFixtures.university(code, own)));
		assertThat(directory.organization(id)).hasValueSatisfying(view -> {
			assertThat(view.code()).isEqualTo(code);
			assertThat(view.authorityId()).isEqualTo(own);
			assertThat(view.headPosition()).isEqualTo("ректор");
		});
		assertThatThrownBy(() -> as(officer(other), () -> organizations.editable(id)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as(officer(other),
				() -> organizations.create(DirectoryFixtures.university(DirectoryFixtures.code("X"), own))))
			.isInstanceOf(AccessDeniedException.class);
		var editable = as(officer(own), () -> organizations.editable(id));
		assertThatThrownBy(() -> as(officer(own), () -> organizations.update(id, editable.version(),
				DirectoryFixtures.university(code, other)))).as("handing it to another authority")
			.isInstanceOf(AccessDeniedException.class);
		assertThat(as(officer(own), () -> organizations.manageable())).extracting(view -> view.id()).containsExactly(id);
		assertThat(as(officer(own), () -> organizations.assignableAuthorities())).extracting(view -> view.id())
			.containsExactly(own);
	}

	@Test
	void aStaleEditOfAnOrganisationIsRefusedAndChangesNothing() {
		long authority = DirectoryFixtures.newAuthority(authorities);
		long id = DirectoryFixtures.newUniversity(organizations, authority);
		var seen = as(admin(), () -> organizations.editable(id));
		OrganizationData first = withRegion(seen.value(), kg.omb.directory.Region.OSH_CITY);
		as(admin(), () -> organizations.update(id, seen.version(), first));

		OrganizationData second = withRegion(seen.value(), kg.omb.directory.Region.NARYN);
		assertThatThrownBy(() -> as(admin(), () -> organizations.update(id, seen.version(), second)))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(directory.organization(id).orElseThrow().region()).isEqualTo(kg.omb.directory.Region.OSH_CITY);
	}

	static OrganizationData withRegion(OrganizationData data, kg.omb.directory.Region region) {
		return new OrganizationData(data.code(), data.name(), data.shortName(), data.kind(), data.sectors(), region,
				data.specialStatus(), data.authorityId(), data.address(), data.website(), data.headName(),
				data.headPosition());
	}

	@Test
	void saveByCodeCreatesThenUpdatesThenFindsNothingToChangeInsideTheCallersTransaction() {
		long authority = DirectoryFixtures.newAuthority(authorities);
		String code = DirectoryFixtures.code("JAGU");
		OrganizationData data = DirectoryFixtures.university(code, authority);

		SaveOutcome created = as(officer(authority), () -> transaction.execute(status -> organizations.saveByCode(data)));
		SaveOutcome updated = as(officer(authority), () -> transaction.execute(status -> organizations
			.saveByCode(withRegion(data, kg.omb.directory.Region.JALAL_ABAD))));
		SaveOutcome unchanged = as(officer(authority), () -> transaction.execute(status -> organizations
			.saveByCode(withRegion(data, kg.omb.directory.Region.JALAL_ABAD))));

		assertThat(created.result()).isEqualTo(SaveOutcome.Result.CREATED);
		assertThat(updated).isEqualTo(new SaveOutcome(created.id(), SaveOutcome.Result.UPDATED));
		assertThat(unchanged.result()).isEqualTo(SaveOutcome.Result.UNCHANGED);
		assertThat(directory.organization(created.id()).orElseThrow().region())
			.isEqualTo(kg.omb.directory.Region.JALAL_ABAD);
	}

	@Test
	void aRowTheImportRefusesLeavesTheCallersTransactionUsable() {
		long authority = DirectoryFixtures.newAuthority(authorities);
		String good = DirectoryFixtures.code("GOOD");
		OrganizationData bad = new OrganizationData(DirectoryFixtures.code("BAD"), LocalizedText.of("Колледж", null, null),
				null, OrganizationKind.COLLEGE, Set.of(EducationSector.SECONDARY_VOCATIONAL),
				kg.omb.directory.Region.TALAS, true, authority, null, null, null, null);

		String refused = as(admin(), () -> transaction.execute(status -> {
			String key = refusal(() -> organizations.saveByCode(bad));
			organizations.saveByCode(DirectoryFixtures.university(good, authority));
			return key;
		}));

		assertThat(refused).isEqualTo("organization.error.special-status-university");
		assertThat(jdbc.queryForObject("select count(*) from organization where code = ?", Integer.class, good))
			.isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from organization where code = ?", Integer.class, bad.code()))
			.isZero();
	}

	@Test
	void organisationsAreFoundByKindSectorRegionAndAnyPartOfTheirNameOrCode() {
		long authority = DirectoryFixtures.newAuthority(authorities);
		String code = DirectoryFixtures.code("NARGU");
		OrganizationData data = withRegion(DirectoryFixtures.university(code, authority), kg.omb.directory.Region.NARYN);
		long id = as(admin(), () -> organizations.create(data));

		var byName = search.organizations(new OrganizationFilter(OrganizationKind.UNIVERSITY,
				kg.omb.directory.Region.NARYN, EducationSector.HIGHER, "национальный университет " + code), 0, 10,
				Locale.forLanguageTag("ru"));
		assertThat(byName.getContent()).extracting(view -> view.id()).containsExactly(id);
		assertThat(search.organizations(new OrganizationFilter(null, null, null, code.toLowerCase(Locale.ROOT)), 0, 10,
				Locale.ROOT).getContent()).extracting(view -> view.id()).containsExactly(id);
		assertThat(search.organizations(new OrganizationFilter(null, kg.omb.directory.Region.NARYN,
				EducationSector.SECONDARY_VOCATIONAL, code), 0, 10, Locale.ROOT).getContent()).isEmpty();
	}

	@Test
	void aRetiredCodeStaysVisibleButIsRefusedForAnythingNew() {
		String group = DirectoryFixtures.newGroup(classifier);
		String direction = DirectoryFixtures.classifierCode();
		as(officer(77), () -> classifier.create(DirectoryFixtures.direction(direction, group)));
		long actId = DirectoryFixtures.newOrder(registry, ActIssuer.authority(DirectoryFixtures.newAuthority(authorities)));
		var seen = as(admin(), () -> classifier.editable(direction));

		as(officer(77), () -> classifier.retire(direction, seen.version(), LocalDate.of(2026, 9, 1), actId));

		assertThat(directory.classifierEntry(direction)).hasValueSatisfying(entry ->
			assertThat(entry.retiredOn()).isEqualTo(LocalDate.of(2026, 9, 1)));
		assertThat(directory.requireUsable(direction, LocalDate.of(2026, 8, 31)).code()).isEqualTo(direction);
		assertThatThrownBy(() -> directory.requireUsable(direction, LocalDate.of(2026, 9, 1)))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("classifier.error.retired-code");
		assertThat(refusal(() -> directory.requireUsable("999999", LocalDate.of(2026, 9, 1))))
			.isEqualTo("classifier.error.unknown-code");
		assertThat(directory.classifier(ClassifierKind.DIRECTION)).extracting(entry -> entry.code()).contains(direction);
		assertThat(search.history(direction)).extracting(ClassifierChangeView::field).containsExactly("created", "retired");
		assertThat(search.history(direction).get(1).legalActId()).isEqualTo(actId);
	}

	@Test
	void aGroupIsRetiredOnlyAfterItsDirectionsAndNothingNewGoesUnderARetiredGroup() {
		String group = DirectoryFixtures.newGroup(classifier);
		String direction = DirectoryFixtures.classifierCode();
		as(admin(), () -> classifier.create(DirectoryFixtures.direction(direction, group)));
		long groupVersion = as(admin(), () -> classifier.editable(group)).version();

		assertThat(as(admin(), () -> refusal(() -> classifier.retire(group, groupVersion, LocalDate.of(2026, 1, 1), null))))
			.isEqualTo("classifier.error.active-children");
		as(admin(), () -> classifier.retire(direction, classifier.editable(direction).version(), LocalDate.of(2026, 1, 1), null));
		as(admin(), () -> classifier.retire(group, classifier.editable(group).version(), LocalDate.of(2026, 1, 1), null));

		var late = new ClassifierEntryData(DirectoryFixtures.classifierCode(), ClassifierKind.DIRECTION,
				LocalizedText.of("Кеч", "Поздно", "Late"), group, Set.of("BACHELOR"), LocalDate.of(2026, 2, 1), null, null);
		assertThat(as(admin(), () -> refusal(() -> classifier.create(late)))).isEqualTo("classifier.error.retired-code");
		assertThat(directory.classifierEntry(late.code())).isEmpty();
	}

	@Test
	void editingAnEntryWritesItsHistoryAndAStaleEditChangesNothing() {
		String group = DirectoryFixtures.newGroup(classifier);
		String direction = DirectoryFixtures.classifierCode();
		as(admin(), () -> classifier.create(DirectoryFixtures.direction(direction, group)));
		var seen = as(admin(), () -> classifier.editable(direction));
		LocalizedText renamed = LocalizedText.of("Менеджмент жана башкаруу", seen.value().name().ru(), seen.value().name().en());

		as(admin(), () -> classifier.edit(direction, seen.version(), renamed, Set.of("BACHELOR")));
		assertThatThrownBy(() -> as(admin(), () -> classifier.edit(direction, seen.version(),
				LocalizedText.of("Эски", "Старое", "Old"), Set.of("MASTER"))))
			.isInstanceOf(OptimisticLockingFailureException.class);

		assertThat(directory.classifierEntry(direction).orElseThrow().name().ky()).isEqualTo("Менеджмент жана башкаруу");
		assertThat(search.history(direction)).extracting(change -> change.field() + ":" + change.newValue())
			.containsExactly("created:" + direction, "name.ky:Менеджмент жана башкаруу", "levels:BACHELOR");
		assertThatThrownBy(() -> as(People.participant(), () -> classifier.editable(direction)))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void classifierSaveByCodeCreatesUpdatesAndRetires() {
		String group = DirectoryFixtures.newGroup(classifier);
		String code = DirectoryFixtures.classifierCode();
		ClassifierEntryData data = DirectoryFixtures.direction(code, group);

		assertThat(as(officer(5), () -> classifier.saveByCode(data)).result()).isEqualTo(SaveOutcome.Result.CREATED);
		assertThat(as(officer(5), () -> classifier.saveByCode(data)).result()).isEqualTo(SaveOutcome.Result.UNCHANGED);
		var retiring = new ClassifierEntryData(code, ClassifierKind.DIRECTION, data.name(), group, Set.of("MASTER"),
				data.introducedOn(), LocalDate.of(2026, 6, 30), null);
		assertThat(as(officer(5), () -> classifier.saveByCode(retiring)).result()).isEqualTo(SaveOutcome.Result.UPDATED);
		assertThat(directory.classifierEntry(code).orElseThrow().levelCodes()).containsExactly("MASTER");
		assertThat(directory.classifierEntry(code).orElseThrow().retiredOn()).isEqualTo(LocalDate.of(2026, 6, 30));
		assertThat(as(officer(5), () -> refusal(() -> classifier.saveByCode(
				new ClassifierEntryData(code, ClassifierKind.SPECIALTY, data.name(), group, Set.of("MASTER"),
						data.introducedOn(), LocalDate.of(2026, 6, 30), null))))).isEqualTo("classifier.error.kind-fixed");
		assertThatThrownBy(() -> as(People.representative(3), () -> classifier.saveByCode(data)))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void anActIsRecordedWithItsScanByItsIssuersStaffAndReadByAnyone() {
		long authority = DirectoryFixtures.newAuthority(authorities);
		long organization = DirectoryFixtures.newUniversity(organizations, authority);
		byte[] pdf = SampleFiles.pdf("Order 12");

		long id = as(People.representative(organization), () -> registry.record(
				DirectoryFixtures.order(ActIssuer.organization(organization), "12-к"),
				new ScanUpload(new ByteArrayInputStream(pdf), "buyruk-12.pdf", pdf.length)));

		var act = acts.find(id).orElseThrow();
		assertThat(act.number()).isEqualTo("12-к");
		assertThat(act.fileId()).isNotNull();
		StoredFile scan = files.find(act.fileId()).orElseThrow();
		assertThat(scan.mediaType()).isEqualTo("application/pdf");
		assertThat(files.mayRead(scan, new Actor(null, "anonymous", null))).as("acts are public").isTrue();
		assertThat(acts.issuedBy(ActIssuer.organization(organization))).extracting(view -> view.id()).containsExactly(id);
		assertThat(acts.requireIssuedBy(id, ActIssuer.authority(authority), ActIssuer.organization(organization)).id())
			.isEqualTo(id);
		assertThat(refusal(() -> acts.requireIssuedBy(id, ActIssuer.authority(authority)))).isEqualTo("act.error.wrong-issuer");
		assertThatThrownBy(() -> acts.requireIssuedBy(-1, ActIssuer.authority(authority)))
			.isInstanceOf(NotFoundException.class);

		assertThatThrownBy(() -> as(officer(authority), () -> registry.record(
				DirectoryFixtures.order(ActIssuer.organization(organization), "13"), null)))
			.as("the authority's officer does not record the university's orders")
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as(People.representative(organization + 1), () -> registry.record(
				DirectoryFixtures.order(ActIssuer.organization(organization), "14"), null)))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void aScanThatIsNotAPdfOrAnImageLeavesNeitherTheActNorTheFile() {
		long authority = DirectoryFixtures.newAuthority(authorities);
		byte[] docx = SampleFiles.docx("Буйрук " + System.nanoTime());
		int acts = count("legal_act");
		int storedFiles = count("stored_file");

		String refused = as(officer(authority), () -> refusal(() -> registry.record(
				DirectoryFixtures.order(ActIssuer.authority(authority), "45"),
				new ScanUpload(new ByteArrayInputStream(docx), "buyruk.docx", docx.length))));

		assertThat(refused).isEqualTo("act.error.scan-type");
		assertThat(count("legal_act")).isEqualTo(acts);
		assertThat(count("stored_file")).isEqualTo(storedFiles);
	}

	@Test
	void theSameNumberOnTheSameDayIsOneActAndAScanIsAddedLaterOnce() {
		long authority = DirectoryFixtures.newAuthority(authorities);
		long id = as(officer(authority), () -> registry.record(DirectoryFixtures.order(ActIssuer.authority(authority), "7"), null));
		assertThat(as(officer(authority), () -> refusal(() -> registry.record(
				DirectoryFixtures.order(ActIssuer.authority(authority), " 7 "), null)))).isEqualTo("act.error.duplicate");
		assertThat(acts.withoutFile()).extracting(view -> view.id()).contains(id);

		long version = registry.editable(id).version();
		byte[] png = SampleFiles.png();
		as(officer(authority), () -> registry.attachScan(id, version, new ScanUpload(new ByteArrayInputStream(png), "scan.png", png.length)));
		assertThat(acts.find(id).orElseThrow().fileId()).isNotNull();
		assertThat(acts.withoutFile()).extracting(view -> view.id()).doesNotContain(id);
		assertThatThrownBy(() -> as(officer(authority), () -> registry.attachScan(id, version,
				new ScanUpload(new ByteArrayInputStream(png), "scan.png", png.length))))
			.isInstanceOf(OptimisticLockingFailureException.class);
	}

	@Test
	void everyChangeIsAudited() {
		int before = count("audit_entry");
		long authority = DirectoryFixtures.newAuthority(authorities);
		DirectoryFixtures.newUniversity(organizations, authority);
		DirectoryFixtures.newGroup(classifier);
		DirectoryFixtures.newOrder(registry, ActIssuer.authority(authority));
		assertThat(jdbc.queryForList("select action from audit_entry order by sequence_number desc limit 4", String.class))
			.containsExactly("act.recorded", "classifier.entry-created", "organization.created", "authority.created");
		assertThat(count("audit_entry")).isEqualTo(before + 4);
	}

}
