/**
 * News and content pages of the portal (§10.7): written by an OMB's chair or secretary for the OMB, or by an
 * authority officer or administrator for the whole portal; rich text in Kyrgyz, Russian and English, attached files,
 * publication now or at a time the server's clock keeps, withdrawal with a reason. Published items are public and
 * in the portal's search, with the text of their attachments.
 */
@ApplicationModule(displayName = "News")
@NullMarked
package kg.omb.news;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
