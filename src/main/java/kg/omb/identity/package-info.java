/**
 * Accounts, sign-in, registration, roles granted with a scope, and the security of the whole application.
 */
@ApplicationModule(displayName = "Identity")
@NullMarked
package kg.omb.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
