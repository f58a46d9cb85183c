package kg.omb.directory.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import kg.omb.directory.ActIssuer;
import kg.omb.directory.AuthorityView;
import kg.omb.directory.ClassifierEntryView;
import kg.omb.directory.ClassifierKind;
import kg.omb.directory.EducationSector;
import kg.omb.directory.LegalActKind;
import kg.omb.directory.LegalActView;
import kg.omb.directory.OrganizationKind;
import kg.omb.directory.OrganizationView;
import kg.omb.directory.Region;
import kg.omb.shared.LocalizedText;
import kg.omb.shared.web.Names;

/** The records the directory's API answers with; names always in all three languages. */
final class Dtos {

	private Dtos() {
	}

	record Organization(long id, String code, Names name, Names shortName, OrganizationKind kind,
			Set<EducationSector> sectors, Region region, boolean specialStatus, @Nullable Long authorityId,
			@Nullable String address, @Nullable String website, @Nullable String headName,
			@Nullable String headPosition) {

		static Organization of(OrganizationView view) {
			return new Organization(view.id(), view.code(), Names.of(view.name()), Names.of(view.shortName()),
					view.kind(), view.sectors(), view.region(), view.specialStatus(), view.authorityId(),
					view.address(), view.website(), view.headName(), view.headPosition());
		}

	}

	record Authority(long id, String code, Names name, Names shortName, Set<EducationSector> sectors) {

		static Authority of(AuthorityView view) {
			return new Authority(view.id(), view.code(), Names.of(view.name()), Names.of(view.shortName()),
					view.sectors());
		}

	}

	record ClassifierEntry(String code, ClassifierKind kind, Names name, @Nullable String parentCode,
			Set<String> levels, LocalDate introducedOn, @Nullable LocalDate retiredOn) {

		static ClassifierEntry of(ClassifierEntryView view) {
			return new ClassifierEntry(view.code(), view.kind(), Names.of(view.name()), view.parentCode(),
					view.levelCodes(), view.introducedOn(), view.retiredOn());
		}

	}

	record Issuer(ActIssuer.Type type, long id, Names name) {
	}

	record LegalAct(long id, LegalActKind kind, Issuer issuer, String number, LocalDate signedOn, Names title,
			LocalDate effectiveOn, @Nullable String scanUrl) {

		static LegalAct of(LegalActView view, LocalizedText issuerName) {
			return new LegalAct(view.id(), view.kind(),
					new Issuer(view.issuer().type(), view.issuer().id(), Names.of(issuerName)), view.number(),
					view.signedOn(), Names.of(view.title()), view.effectiveOn(),
					view.fileId() == null ? null : "/acts/" + view.id() + "/scan");
		}

	}

	/** One page of a list: its items, which page, how large, and how many there are in all. */
	record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {
	}

}
