/**
 * The collegial work of the OMBs (§7, §20-23): meetings of an OMB or of a section, in person or online, with their
 * agenda, invitations and replies, attendance and the quorum the OMB's bylaws set; votes on each agenda item, open
 * or secret; the decisions taken, which are recommendations (§7) and are published with their meeting, vote and the
 * document version they concern.
 */
@ApplicationModule(displayName = "Meetings and decisions")
@NullMarked
package kg.omb.meetings;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
