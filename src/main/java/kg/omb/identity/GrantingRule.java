package kg.omb.identity;

import org.springframework.security.core.Authentication;

/**
 * Who may grant (and revoke) which scoped role. The identity module lets administrators grant every role; another
 * module contributes a bean of this type to widen that, for example letting an officer of an authorized body grant
 * OMB roles in the associations under that body. A grant is allowed when any rule allows it.
 */
public interface GrantingRule {

	boolean allows(Authentication granter, ScopedRole grant);

}
