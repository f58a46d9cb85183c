package kg.omb.surveys.forecast;

import java.util.List;
import java.util.Optional;

/**
 * The projection of a series: the model chosen, how well each model fitted (residual standard error on the
 * series' own scale; lower is better) and the projected years with their 95% band. Empty when the series is too
 * short to say anything ({@link Forecaster#MIN_POINTS} years at least).
 */
public record Forecast(TrendModel model, double linearError, Optional<Double> exponentialError,
		List<YearValue> projection) {
}
