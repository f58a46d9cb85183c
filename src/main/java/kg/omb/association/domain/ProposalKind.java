package kg.omb.association.domain;

/** What a proposal asks for (§16): to add a person to the association, or to remove a member. */
public enum ProposalKind {

	ADD, REMOVE

}
