/**
 * User-written rich text (news, document clauses, narrative parts of reports): one sanitizing policy for all.
 */
@NullMarked
package kg.omb.shared.html;

import org.jspecify.annotations.NullMarked;
