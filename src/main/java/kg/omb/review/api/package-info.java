/**
 * The read-only REST API of expert review under {@code /api/v1/reviews}: the requests a chair or secretary
 * organises and each request as its reader may see it, the ranked reviewers of a request, an expert's own
 * invitations, the pool as its keepers search it, and the conclusions published with approved subjects (open
 * data). It gives exactly what the pages give the same reader: in single-blind mode the authors never meet a
 * reviewer's name, in double-blind mode the reviewers never meet an author's either.
 */
@NullMarked
package kg.omb.review.api;

import org.jspecify.annotations.NullMarked;
