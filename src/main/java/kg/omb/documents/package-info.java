/**
 * Normative documents developed in the OMBs (§9.1, §10.1-10.5, §12.1, §18): standards, sample programmes,
 * professional standards, sector qualifications frameworks, recommendations and materials of innovative experience,
 * each with its versions of clauses, its workflow from drafting through public discussion, review and submission to
 * the authorized body until it is in force, and the public timeline of every step.
 */
@ApplicationModule(displayName = "Normative documents")
@NullMarked
package kg.omb.documents;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
