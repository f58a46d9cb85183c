package kg.omb.association;

/** An authority created an association (or a special-status university registered its own) by the act cited. */
public record AssociationCreated(long associationId, long baseOrganizationId, long actId) {
}
