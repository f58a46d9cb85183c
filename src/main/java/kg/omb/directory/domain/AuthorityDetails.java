package kg.omb.directory.domain;

import java.util.Set;

import org.jspecify.annotations.Nullable;

import kg.omb.directory.EducationSector;
import kg.omb.shared.LocalizedText;

/** What an administrator enters for an authorized body: its code (fixed once created), names, sectors, website. */
public record AuthorityDetails(String code, LocalizedText name, @Nullable LocalizedText shortName,
		Set<EducationSector> sectors, @Nullable String website) {
}
