/**
 * Expert review (§10.2-10.6, §11.2, §12.1, §12.5): the pool of experts, conflict-of-interest rules, requests for
 * review from other modules with their invitations, deadlines and reminders, review forms, blind modes, rounds and
 * the consolidated expert conclusion.
 */
@ApplicationModule(displayName = "Expert review")
@NullMarked
package kg.omb.review;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
