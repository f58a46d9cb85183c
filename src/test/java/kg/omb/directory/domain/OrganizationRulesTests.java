package kg.omb.directory.domain;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kg.omb.directory.ActIssuer;
import kg.omb.directory.EducationSector;
import kg.omb.directory.LegalActKind;
import kg.omb.directory.OrganizationKind;
import kg.omb.directory.Region;
import kg.omb.shared.DomainException;
import kg.omb.shared.LocalizedText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrganizationRulesTests {

	static OrganizationData data(String code, OrganizationKind kind, Set<EducationSector> sectors, boolean special) {
		return new OrganizationData(code, LocalizedText.of("Уюм", "Организация", "Organisation"), null, kind, sectors,
				Region.CHUY, special, null, null, null, null, null);
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

	@Test
	void onlyAUniversityTeachingHigherEducationHasSpecialStatus() {
		assertThat(refusal(() -> new Organization(data("COL", OrganizationKind.COLLEGE,
				Set.of(EducationSector.SECONDARY_VOCATIONAL), true))))
			.isEqualTo("organization.error.special-status-university");
		assertThat(new Organization(data("KNU", OrganizationKind.UNIVERSITY, Set.of(EducationSector.HIGHER), true))
			.getCode()).isEqualTo("KNU");
	}

	@Test
	void anOrganisationThatTeachesNamesTheSectorsItTeachesIn() {
		assertThat(refusal(() -> new Organization(data("KNU", OrganizationKind.UNIVERSITY, Set.of(), false))))
			.isEqualTo("organization.error.sectors-required");
		assertThat(new Organization(data("EMP", OrganizationKind.EMPLOYER, Set.of(), false)).getKind())
			.as("an employer teaches nothing").isEqualTo(OrganizationKind.EMPLOYER);
	}

	@Test
	void theCodeIsWrittenInCapitalsAndNeverChanges() {
		Organization organization = new Organization(data(" knu ", OrganizationKind.UNIVERSITY,
				Set.of(EducationSector.HIGHER), false));
		assertThat(organization.getCode()).isEqualTo("KNU");
		assertThat(refusal(() -> organization.update(data("BGU", OrganizationKind.UNIVERSITY,
				Set.of(EducationSector.HIGHER), false)))).isEqualTo("organization.error.code-fixed");
		assertThat(refusal(() -> new Organization(data("КНУ", OrganizationKind.UNIVERSITY,
				Set.of(EducationSector.HIGHER), false)))).isEqualTo("organization.error.code-format");
	}

	@Test
	void anActCannotTakeEffectBeforeItIsSignedAndGetsItsScanOnce() {
		LocalizedText title = LocalizedText.of("Буйрук", "Приказ", "Order");
		assertThat(refusal(() -> new LegalAct(new LegalActData(LegalActKind.ORDER, ActIssuer.authority(1), "12",
				LocalDate.of(2026, 3, 2), title, LocalDate.of(2026, 3, 1)))))
			.isEqualTo("act.error.effective-before-signed");

		LegalAct act = new LegalAct(new LegalActData(LegalActKind.ORDER, ActIssuer.authority(1), "  12/1  ",
				LocalDate.of(2026, 3, 2), title, LocalDate.of(2026, 3, 2)));
		act.attachScan(5);
		assertThat(act.getFileId()).isEqualTo(5L);
		assertThat(refusal(() -> act.attachScan(6))).isEqualTo("act.error.scan-present");
		assertThat(LegalAct.normalizedNumber("  12/1  ")).isEqualTo("12/1");
	}

}
