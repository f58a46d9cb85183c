/**
 * What every module shares: localized text, the base entity, domain errors, the acting person, time.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package kg.omb.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
