package kg.omb.directory;

import java.util.Set;

import org.jspecify.annotations.Nullable;

import kg.omb.shared.LocalizedText;

/**
 * An education organisation as other modules see it. {@code code} is its stable identifier in the directory (used
 * to match imports); {@code specialStatus} marks a state university with special status (§3, §17, §25), which forms
 * its own association under its charter.
 */
public record OrganizationView(long id, String code, LocalizedText name, LocalizedText shortName,
		OrganizationKind kind, Set<EducationSector> sectors, Region region, boolean specialStatus,
		@Nullable Long authorityId, @Nullable String address, @Nullable String website, @Nullable String headName,
		@Nullable String headPosition) {
}
