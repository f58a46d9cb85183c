package kg.omb.directory.domain;

import java.util.Set;

import org.jspecify.annotations.Nullable;

import kg.omb.directory.EducationSector;
import kg.omb.directory.OrganizationKind;
import kg.omb.directory.Region;
import kg.omb.shared.LocalizedText;

/**
 * Everything the directory keeps of an organisation, as a form or an import row gives it. {@code code} is the
 * stable identifier (fixed once the organisation exists); {@code authorityId} the supervising authorized body.
 */
public record OrganizationData(String code, LocalizedText name, @Nullable LocalizedText shortName,
		OrganizationKind kind, Set<EducationSector> sectors, Region region, boolean specialStatus,
		@Nullable Long authorityId, @Nullable String address, @Nullable String website, @Nullable String headName,
		@Nullable String headPosition) {
}
