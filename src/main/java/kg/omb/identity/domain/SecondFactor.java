package kg.omb.identity.domain;

/** How a second-step code was accepted, or that it was not. */
public enum SecondFactor {

	AUTHENTICATOR_CODE, RECOVERY_CODE, REJECTED;

	public boolean accepted() {
		return this != REJECTED;
	}

}
