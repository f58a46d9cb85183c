/**
 * The single information portal (§10.7): the public pages of the platform.
 */
@ApplicationModule(displayName = "Portal")
@NullMarked
package kg.omb.portal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
