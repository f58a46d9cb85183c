package kg.omb.surveys.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;

/**
 * The forecast method shown to readers of the analysis page:
 * <ol>
 * <li>A straight line is fitted to the yearly values by least squares. Where every value is above zero, a line is
 * also fitted to their logarithms, which is an exponential trend (a constant yearly growth rate).</li>
 * <li>Each fit is judged by its residual standard error s = √(Σ(observed − fitted)² / (n − 2)) on the original
 * scale; the smaller wins, the linear trend on a tie.</li>
 * <li>A projected year x gets the band fitted ± t·s·√(1 + 1/n + (x − x̄)²/Sxx), the 95% prediction interval of
 * the linear fit (t from Student's distribution with n − 2 degrees of freedom); for the exponential trend the band
 * is computed on the logarithms and transformed back, so it widens with the level. A band never goes below zero,
 * since counts of students cannot.</li>
 * </ol>
 * At least three years are needed: with two, any line fits exactly and says nothing of its uncertainty.
 */
public final class Forecaster {

	public static final int MIN_POINTS = 3;

	private Forecaster() {
	}

	/** The next {@code years} years after the last observed one; empty for a series shorter than three years. */
	public static Optional<Forecast> project(List<YearValue> series, int years) {
		if (series.size() < MIN_POINTS || years < 1) {
			return Optional.empty();
		}
		double[] x = series.stream().mapToDouble(YearValue::year).toArray();
		double[] y = series.stream().mapToDouble(YearValue::value).toArray();
		Line linear = Line.fit(x, y);
		double linearError = linear.errorOnScale(x, y, DoubleUnaryOperator.identity());
		boolean positive = series.stream().allMatch(point -> point.value() > 0);
		Line exponential = positive ? Line.fit(x, log(y)) : null;
		Double exponentialError = exponential == null ? null : exponential.errorOnScale(x, y, Math::exp);
		boolean useExponential = exponentialError != null && exponentialError < linearError - 1e-9;
		int last = series.get(series.size() - 1).year();
		List<YearValue> projection = new ArrayList<>();
		for (int year = last + 1; year <= last + years; year++) {
			projection.add(useExponential ? exponential.project(x, year, Math::exp) : linear.project(x, year, v -> v));
		}
		return Optional.of(new Forecast(useExponential ? TrendModel.EXPONENTIAL : TrendModel.LINEAR, linearError,
				Optional.ofNullable(exponentialError), List.copyOf(projection)));
	}

	private static double[] log(double[] values) {
		double[] logs = new double[values.length];
		for (int i = 0; i < values.length; i++) {
			logs[i] = Math.log(values[i]);
		}
		return logs;
	}

	/** A least-squares line with what its prediction band needs. */
	private record Line(double intercept, double slope, double meanX, double sxx, double residualError, int n) {

		static Line fit(double[] x, double[] y) {
			int n = x.length;
			double meanX = mean(x);
			double meanY = mean(y);
			double sxx = 0;
			double sxy = 0;
			for (int i = 0; i < n; i++) {
				sxx += (x[i] - meanX) * (x[i] - meanX);
				sxy += (x[i] - meanX) * (y[i] - meanY);
			}
			double slope = sxx == 0 ? 0 : sxy / sxx;
			double intercept = meanY - slope * meanX;
			double squares = 0;
			for (int i = 0; i < n; i++) {
				double residual = y[i] - (intercept + slope * x[i]);
				squares += residual * residual;
			}
			return new Line(intercept, slope, meanX, sxx, Math.sqrt(squares / (n - 2)), n);
		}

		/** The residual standard error of the fitted values brought back to the series' scale. */
		double errorOnScale(double[] x, double[] y, DoubleUnaryOperator back) {
			double squares = 0;
			for (int i = 0; i < x.length; i++) {
				double residual = y[i] - back.applyAsDouble(intercept + slope * x[i]);
				squares += residual * residual;
			}
			return Math.sqrt(squares / (x.length - 2));
		}

		YearValue project(double[] x, int year, DoubleUnaryOperator back) {
			double fitted = intercept + slope * year;
			double half = StudentT.quantile975(n - 2) * residualError
					* Math.sqrt(1 + 1.0 / n + (sxx == 0 ? 0 : (year - meanX) * (year - meanX) / sxx));
			return new YearValue(year, back.applyAsDouble(fitted), Math.max(0, back.applyAsDouble(fitted - half)),
					back.applyAsDouble(fitted + half));
		}

		private static double mean(double[] values) {
			double sum = 0;
			for (double value : values) {
				sum += value;
			}
			return sum / values.length;
		}

	}

}
