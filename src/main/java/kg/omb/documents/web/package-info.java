/**
 * The public pages of normative documents (§10.7): the registry of documents in force and archived, each
 * document's page with its text, versions and diffs, its public discussion, disposition table, act and timeline, the
 * list of discussions, and the forms through which signed-in people take part in a discussion.
 */
@NullMarked
package kg.omb.documents.web;

import org.jspecify.annotations.NullMarked;
