/**
 * The directory (§3, §14, §17, §19): authorized bodies, education organisations, the classifier of education levels,
 * enlarged groups, directions and specialties, and the legal acts (orders, decrees, charters) that every structural
 * change cites. Other modules read it through {@link kg.omb.directory.Directory} and
 * {@link kg.omb.directory.LegalActs}, and say what an act changed through {@link kg.omb.directory.ActCitations}.
 */
@ApplicationModule(displayName = "Directory")
@NullMarked
package kg.omb.directory;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
