package kg.omb.association;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import kg.omb.association.domain.AssociationQueries;
import kg.omb.association.domain.BylawsVersion;
import kg.omb.association.domain.Commands;
import kg.omb.association.domain.StructureService;
import kg.omb.directory.ActIssuer;
import kg.omb.directory.OrganizationKind;
import kg.omb.directory.Region;
import kg.omb.shared.DomainException;
import kg.omb.shared.LocalizedText;

import static kg.omb.association.AssociationFixture.ACT_DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The versions of an association's bylaws (§21-22): numbered 1, 2, 3… per association as they are adopted, each
 * resting on an act, and a recorded version never changes (an amendment is the next version).
 */
@SpringBootTest
@Import(AssociationFixture.class)
class BylawsVersioningTests {

	@Autowired
	AssociationFixture fixture;

	@Autowired
	StructureService structure;

	@Autowired
	AssociationQueries queries;

	@Test
	void versionsAreNumberedOneTwoThreeInTheOrderAdopted() {
		var omb = fixture.standardOmb(Region.ISSYK_KUL);
		long third = baseOrganizationsAct(omb, "B3-");

		fixture.asAdministrator(() -> structure.adoptBylaws(omb.id(),
				new Commands.NewBylaws("  Үчүнчү редакция  ", "  1. Жаңы текст  ", null, third)));

		assertThat(bylaws(omb)).extracting(BylawsVersion::getNumber, BylawsVersion::getSummary)
			.containsExactly(tuple(3, "Үчүнчү редакция"), tuple(2, "Экинчи редакция " + omb.n()),
					tuple(1, "Биринчи редакция " + omb.n()));
		assertThat(bylaws(omb).get(0).getActId()).isEqualTo(third);
		assertThat(bylaws(omb).get(0).getContent()).isEqualTo("1. Жаңы текст");
	}

	@Test
	void eachAssociationNumbersItsOwnVersionsFromOne() {
		var omb = fixture.standardOmb(Region.OSH_REGION);
		long other = fixture.anotherOmb(omb, LocalizedText.of("Башка ОМБ " + omb.n(), null, null),
				Set.of("BACHELOR"));
		long act = baseOrganizationsAct(omb, "BO-");

		fixture.asAdministrator(() -> structure.adoptBylaws(other,
				new Commands.NewBylaws("Биринчи", "1. Жалпы жоболор", null, act)));

		assertThat(queries.profile(other).bylaws()).extracting(BylawsVersion::getNumber).containsExactly(1);
		assertThat(bylaws(omb)).extracting(BylawsVersion::getNumber).containsExactly(2, 1);
	}

	@Test
	void anAmendmentLeavesTheEarlierVersionsAsTheyWere() {
		var omb = fixture.standardOmb(Region.JALAL_ABAD);
		List<BylawsVersion> before = bylaws(omb);
		long third = baseOrganizationsAct(omb, "B3-");

		fixture.asAdministrator(() -> structure.adoptBylaws(omb.id(),
				new Commands.NewBylaws("Үчүнчү", "1. Баары жаңы", null, third)));

		List<BylawsVersion> earlier = bylaws(omb).subList(1, 3);
		assertThat(earlier).extracting(BylawsVersion::id, BylawsVersion::getNumber, BylawsVersion::getSummary,
				BylawsVersion::getContent, BylawsVersion::getAdoptedOn, BylawsVersion::getActId)
			.containsExactlyElementsOf(before.stream()
				.map(version -> tuple(version.id(), version.getNumber(), version.getSummary(), version.getContent(),
						version.getAdoptedOn(), version.getActId()))
				.toList());
	}

	@Test
	void aRecordedVersionOffersNoWayToChangeIt() {
		List<String> mutators = Arrays.stream(BylawsVersion.class.getDeclaredMethods())
			.filter(method -> Modifier.isPublic(method.getModifiers()))
			.map(Method::getName)
			.filter(name -> !name.startsWith("get") && !name.equals("id"))
			.toList();
		assertThat(mutators).isEmpty();
	}

	@Test
	void aVersionNeedsASummaryAndATextAndNothingIsRecordedWithout() {
		var omb = fixture.standardOmb(Region.TALAS);
		long act = baseOrganizationsAct(omb, "BX-");

		assertThatThrownBy(() -> fixture.asAdministrator(() -> structure.adoptBylaws(omb.id(),
				new Commands.NewBylaws("  ", "1. Текст", null, act))))
			.extracting(e -> ((DomainException) e).messageKey())
			.isEqualTo("association.error.bylaws-incomplete");
		assertThatThrownBy(() -> fixture.asAdministrator(() -> structure.adoptBylaws(omb.id(),
				new Commands.NewBylaws("Үчүнчү", "", null, act))))
			.extracting(e -> ((DomainException) e).messageKey())
			.isEqualTo("association.error.bylaws-incomplete");
		assertThat(bylaws(omb)).extracting(BylawsVersion::getNumber).containsExactly(2, 1);
	}

	@Test
	void aVersionRestsOnAnActOfTheBaseOrganisationOrTheAuthority() {
		var omb = fixture.standardOmb(Region.NARYN);
		long stranger = fixture.asAdministrator(() -> fixture.organization(omb.n(), "X", OrganizationKind.UNIVERSITY,
				omb.authorityId(), Region.NARYN, LocalizedText.of("Бөтөн университет " + omb.n(), null, null)));
		long strangersAct = fixture.asAdministrator(
				() -> fixture.act(ActIssuer.organization(stranger), "BS-" + omb.n(), ACT_DAY.plusDays(30)));

		assertThatThrownBy(() -> fixture.asAdministrator(() -> structure.adoptBylaws(omb.id(),
				new Commands.NewBylaws("Үчүнчү", "1. Текст", null, strangersAct))))
			.extracting(e -> ((DomainException) e).messageKey())
			.isEqualTo("act.error.wrong-issuer");

		long authoritysAct = fixture.asAdministrator(
				() -> fixture.act(ActIssuer.authority(omb.authorityId()), "BA-" + omb.n(), ACT_DAY.plusDays(30)));
		fixture.asAdministrator(() -> structure.adoptBylaws(omb.id(),
				new Commands.NewBylaws("Үчүнчү", "1. Текст", null, authoritysAct)));
		assertThat(bylaws(omb)).extracting(BylawsVersion::getNumber).containsExactly(3, 2, 1);
	}

	@Test
	void aDissolvedAssociationAdoptsNoNewVersion() {
		var omb = fixture.standardOmb(Region.BATKEN);
		fixture.dissolve(omb);
		long act = baseOrganizationsAct(omb, "BD-");

		assertThatThrownBy(() -> fixture.asAdministrator(() -> structure.adoptBylaws(omb.id(),
				new Commands.NewBylaws("Үчүнчү", "1. Текст", null, act))))
			.extracting(e -> ((DomainException) e).messageKey())
			.isEqualTo("association.error.not-active");
		assertThat(bylaws(omb)).extracting(BylawsVersion::getNumber).containsExactly(2, 1);
	}

	private long baseOrganizationsAct(AssociationFixture.Omb omb, String prefix) {
		return fixture.asAdministrator(() -> fixture.act(ActIssuer.organization(omb.baseOrganizationId()),
				prefix + omb.n(), ACT_DAY.plusDays(30)));
	}

	/** The association's versions, newest first. */
	private List<BylawsVersion> bylaws(AssociationFixture.Omb omb) {
		return queries.profile(omb.id()).bylaws();
	}

}
