package kg.omb.directory;

import kg.omb.shared.LocalizedText;

/**
 * A level of training in the classifier: {@code SECONDARY_VOCATIONAL}, {@code BACHELOR}, {@code MASTER},
 * {@code SPECIALIST}, and any added later; each belongs to a sector.
 */
public record EducationLevelView(String code, LocalizedText name, EducationSector sector, int position) {
}
