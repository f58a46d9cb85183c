package kg.omb.association.domain;

/**
 * Where a membership proposal stands: waiting for the chair, accepted and waiting for the base organisation's act,
 * in effect since that act, or rejected with a reason.
 */
public enum ProposalStatus {

	PENDING, ACCEPTED, IN_EFFECT, REJECTED

}
