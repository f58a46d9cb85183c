package kg.omb.directory;

import java.util.Set;

import kg.omb.shared.LocalizedText;

/**
 * An authorized state body (§3): a ministry answering for one or both sectors of professional education. There may
 * be more than one.
 */
public record AuthorityView(long id, String code, LocalizedText name, LocalizedText shortName,
		Set<EducationSector> sectors) {
}
