/**
 * The OMBs' annual activity reports (§10.7, §20): generated from the data of the other modules (plan execution,
 * meetings and decisions, documents and their stage, reviews, grifs, events, membership changes) with narrative
 * parts the chair writes, approved by the chair and published on the portal as HTML and PDF; and, for the
 * authorized bodies and the consultative council, the consolidated report across OMBs and each OMB's performance.
 */
@ApplicationModule(displayName = "Activity reports")
@NullMarked
package kg.omb.reports;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
