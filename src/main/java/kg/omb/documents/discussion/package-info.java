/**
 * The open public discussion of a draft (§10.2): comments on a clause, on a passage selected in it or on the whole
 * document, replies, official comments on behalf of an organisation, reports and moderation after publication, and
 * the disposition of every comment once the window has closed.
 */
@NullMarked
package kg.omb.documents.discussion;

import org.jspecify.annotations.NullMarked;
