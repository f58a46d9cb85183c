package kg.omb.shared;

/**
 * What every module may know of the signed-in person without depending on the identity module: the account id and
 * a name to show. The identity module's authenticated principal implements it.
 */
public interface AccountPrincipal {

	long accountId();

	String displayName();

}
