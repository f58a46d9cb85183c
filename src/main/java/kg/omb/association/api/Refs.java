package kg.omb.association.api;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import kg.omb.directory.AuthorityView;
import kg.omb.directory.ClassifierEntryView;
import kg.omb.directory.LegalActView;
import kg.omb.directory.OrganizationView;
import kg.omb.shared.web.Names;

/** The small references the API's answers share: names are always given in all three languages. */
final class Refs {

	private Refs() {
	}

	/** The id of an act, when there is one. */
	static @Nullable Long actId(@Nullable LegalActView act) {
		return act == null ? null : act.id();
	}

	/** An education organisation by id, with its name. */
	record OrganizationRef(long id, Names name) {

		static @Nullable OrganizationRef of(@Nullable OrganizationView organization) {
			return organization == null ? null : new OrganizationRef(organization.id(), Names.of(organization.name()));
		}

	}

	/** An authorized body by id, with its name. */
	record AuthorityRef(long id, Names name) {

		static @Nullable AuthorityRef of(@Nullable AuthorityView authority) {
			return authority == null ? null : new AuthorityRef(authority.id(), Names.of(authority.name()));
		}

	}

	/** A classifier entry (group, direction or specialty) by code. */
	record ClassifierRef(String code, String kind, Names name) {

		static ClassifierRef of(ClassifierEntryView entry) {
			return new ClassifierRef(entry.code(), entry.kind().name(), Names.of(entry.name()));
		}

	}

	/** A legal act by id, with what identifies it to a reader. */
	record ActRef(long id, String kind, String number, LocalDate signedOn, LocalDate effectiveOn, Names title) {

		static @Nullable ActRef of(@Nullable LegalActView act) {
			return act == null ? null
					: new ActRef(act.id(), act.kind().name(), act.number(), act.signedOn(), act.effectiveOn(),
							Names.of(act.title()));
		}

	}

}
