/**
 * Information requests to education organisations (§11.1, §11.3): forms, answers, their consolidation, and the
 * analysis and forecast of the training of specialists.
 */
@ApplicationModule(displayName = "Surveys")
@NullMarked
package kg.omb.surveys;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
