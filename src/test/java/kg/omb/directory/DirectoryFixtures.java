package kg.omb.directory;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import kg.omb.directory.domain.AuthorityAdministration;
import kg.omb.directory.domain.AuthorityDetails;
import kg.omb.directory.domain.ClassifierAdministration;
import kg.omb.directory.domain.ClassifierEntryData;
import kg.omb.directory.domain.LegalActData;
import kg.omb.directory.domain.LegalActRegistry;
import kg.omb.directory.domain.OrganizationAdministration;
import kg.omb.directory.domain.OrganizationData;
import kg.omb.shared.LocalizedText;

/** Small factories for the directory's tests; codes are unique within a run, so tests never see each other's rows. */
public final class DirectoryFixtures {

	private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 1000) * 100);

	private DirectoryFixtures() {
	}

	public static String code(String prefix) {
		return prefix + SEQUENCE.incrementAndGet();
	}

	/** A six-digit code no other test uses. */
	public static String classifierCode() {
		return String.format("%06d", 100_000 + SEQUENCE.incrementAndGet() % 900_000);
	}

	public static AuthorityDetails authority(String code) {
		return new AuthorityDetails(code, LocalizedText.of("Билим берүү жана илим министрлиги " + code,
				"Министерство образования и науки " + code, "Ministry of Education and Science " + code),
				LocalizedText.of("БИМ", "МОН", "MES"), EnumSet.of(EducationSector.HIGHER), "https://edu.gov.kg");
	}

	public static OrganizationData university(String code, Long authorityId) {
		return new OrganizationData(code,
				LocalizedText.of("Кыргыз улуттук университети " + code, "Кыргызский национальный университет " + code,
						"Kyrgyz National University " + code),
				LocalizedText.of("КУУ", "КНУ", "KNU"), OrganizationKind.UNIVERSITY, Set.of(EducationSector.HIGHER),
				Region.BISHKEK_CITY, false, authorityId, "Бишкек ш., Фрунзе к., 547", "https://knu.kg", "Асанов Б.",
				"ректор");
	}

	public static ClassifierEntryData group(String code) {
		return ClassifierEntryData.introduced(code, ClassifierKind.GROUP,
				LocalizedText.of("Экономика " + code, "Экономика " + code, "Economics " + code), null, Set.of(),
				LocalDate.of(2020, 1, 1));
	}

	public static ClassifierEntryData direction(String code, String groupCode) {
		return ClassifierEntryData.introduced(code, ClassifierKind.DIRECTION,
				LocalizedText.of("Менеджмент " + code, "Менеджмент " + code, "Management " + code), groupCode,
				Set.of("BACHELOR", "MASTER"), LocalDate.of(2020, 1, 1));
	}

	public static LegalActData order(ActIssuer issuer, String number) {
		return new LegalActData(LegalActKind.ORDER, issuer, number, LocalDate.of(2026, 3, 2),
				LocalizedText.of("ОМБ түзүү жөнүндө", "О создании УМО", "On creating an OMB"), LocalDate.of(2026, 3, 2));
	}

	/** An authority, created by an administrator; its id. */
	public static long newAuthority(AuthorityAdministration authorities) {
		return People.as(People.admin(), () -> authorities.create(authority(code("MON"))));
	}

	public static long newUniversity(OrganizationAdministration organizations, long authorityId) {
		return People.as(People.admin(), () -> organizations.create(university(code("KNU"), authorityId)));
	}

	public static String newGroup(ClassifierAdministration classifier) {
		String code = classifierCode();
		People.as(People.admin(), () -> classifier.create(group(code)));
		return code;
	}

	public static long newOrder(LegalActRegistry acts, ActIssuer issuer) {
		return People.as(People.admin(), () -> acts.record(order(issuer, code("N")), null));
	}

}
