/**
 * The read-only REST API of the normative documents under {@code /api/v1/documents} (§10.7, open data): a
 * document that has a published version, its published versions and their clauses, the comparison of two of them,
 * the public comments and the disposition table. Drafts never published are not there at all.
 */
@NullMarked
package kg.omb.documents.api;

import org.jspecify.annotations.NullMarked;
