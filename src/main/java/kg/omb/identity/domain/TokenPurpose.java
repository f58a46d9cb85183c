package kg.omb.identity.domain;

/** What a token mailed to the owner of an account lets them do, once. */
public enum TokenPurpose {

	EMAIL_VERIFICATION, PASSWORD_RESET

}
