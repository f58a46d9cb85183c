/** The pages of information requests: design, sending, answering, consolidation and analysis. */
@NullMarked
package kg.omb.surveys.web;

import org.jspecify.annotations.NullMarked;
