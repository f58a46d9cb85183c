package kg.omb.identity.domain;

/** The life of an account: registered participants confirm their e-mail first; a deactivated account keeps its history. */
public enum AccountStatus {

	PENDING_VERIFICATION, ACTIVE, DEACTIVATED

}
