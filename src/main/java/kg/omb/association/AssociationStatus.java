package kg.omb.association;

/**
 * Where an association stands (§3): working, reorganised into another association, or dissolved. Only an active
 * association changes its structure.
 */
public enum AssociationStatus {

	ACTIVE, REORGANISED, DISSOLVED

}
