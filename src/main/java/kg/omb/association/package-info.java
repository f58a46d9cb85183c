/**
 * The structure of the OMBs (§2-3, §13-25): each association at its base organisation for its enlarged groups of
 * directions, its chair confirmed by order, its sections and subsections, members, working groups and bylaws, the
 * consultative council, transfers of functions and special-status associations. Every structural change cites the
 * legal act it rests on (kept in the directory module) and gives or takes the roles that follow from it.
 */
@ApplicationModule(displayName = "Associations")
@NullMarked
package kg.omb.association;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
