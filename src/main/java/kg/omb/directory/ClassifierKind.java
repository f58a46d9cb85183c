package kg.omb.directory;

/**
 * The three tiers of the classifier: an enlarged group of directions (specialties), a direction (field of study)
 * within it, a specialty (for secondary vocational and specialist programmes) within a group or a direction.
 */
public enum ClassifierKind {

	GROUP, DIRECTION, SPECIALTY

}
