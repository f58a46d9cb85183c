package kg.omb.directory.transfer;

import java.util.Set;

import org.jspecify.annotations.Nullable;

import kg.omb.directory.AuthorityView;
import kg.omb.directory.EducationSector;
import kg.omb.directory.OrganizationKind;
import kg.omb.directory.OrganizationView;
import kg.omb.directory.Region;
import kg.omb.directory.domain.OrganizationData;
import kg.omb.shared.LocalizedText;

/**
 * An organisation as one row of a file has it. The supervising authority is named by its code in the file and
 * known by its id once the import has found it, so that a row read back from an export equals the organisation.
 */
record OrganizationRow(String code, OrganizationKind kind, LocalizedText name, LocalizedText shortName,
		Set<EducationSector> sectors, Region region, boolean specialStatus, @Nullable String authorityCode,
		@Nullable Long authorityId, @Nullable String address, @Nullable String website, @Nullable String headName,
		@Nullable String headPosition) {

	OrganizationRow {
		sectors = Set.copyOf(sectors);
	}

	static OrganizationRow of(OrganizationView view, @Nullable String authorityCode) {
		return new OrganizationRow(view.code(), view.kind(), view.name(), view.shortName(), view.sectors(),
				view.region(), view.specialStatus(), authorityCode, view.authorityId(), view.address(), view.website(),
				view.headName(), view.headPosition());
	}

	/** The row with its authority as the directory knows it (its code as the directory spells it). */
	OrganizationRow supervisedBy(@Nullable AuthorityView authority) {
		return new OrganizationRow(code, kind, name, shortName, sectors, region, specialStatus,
				authority == null ? null : authority.code(), authority == null ? null : authority.id(), address,
				website, headName, headPosition);
	}

	OrganizationData data() {
		return new OrganizationData(code, name, shortName.isEmpty() ? null : shortName, kind, sectors, region,
				specialStatus, authorityId, address, website, headName, headPosition);
	}

}
