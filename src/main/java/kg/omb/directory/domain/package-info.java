/**
 * The directory's entities, their rules and the services that change them: authorized bodies, organisations, the
 * classifier (levels, groups, directions, specialties) with its history, and legal acts. Every change checks who
 * acts, is audited and refuses a stale edit.
 */
@NullMarked
package kg.omb.directory.domain;

import org.jspecify.annotations.NullMarked;
