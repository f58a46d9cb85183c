package kg.omb.identity.domain;

/** A secret waiting to be confirmed: as text for typing in, and as the URI an authenticator app scans. */
public record TwoFactorEnrolment(String secret, String otpauthUri) {

	/** The secret in groups of four, easier to type. */
	public String groupedSecret() {
		return secret.replaceAll("(.{4})(?!$)", "$1 ");
	}

}
