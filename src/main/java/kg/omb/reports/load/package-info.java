/**
 * Teaching-load statements (§24): the norms of hours each authorized body credits for a kind of OMB work, by
 * academic year, and per member and academic year the statement of their activities, for their employer.
 */
@NullMarked
package kg.omb.reports.load;

import org.jspecify.annotations.NullMarked;
