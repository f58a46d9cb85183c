/**
 * Forecasts of yearly series (enrolment, graduates) by a simple, documented method: a linear and an exponential
 * trend are fitted by least squares, the one that fits better is kept, and its projection carries a 95% prediction
 * band.
 */
@NullMarked
package kg.omb.surveys.forecast;

import org.jspecify.annotations.NullMarked;
