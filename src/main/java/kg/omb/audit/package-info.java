/**
 * The append-only audit trail: who did what to which record, when and from where.
 */
@ApplicationModule(displayName = "Audit")
@NullMarked
package kg.omb.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
