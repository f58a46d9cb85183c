package kg.omb.surveys.forecast;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ForecasterTests {

	private static List<YearValue> series(double... values) {
		return IntStream.range(0, values.length).mapToObj(i -> YearValue.observed(2021 + i, values[i])).toList();
	}

	@Test
	void anExactlyLinearSeriesGivesTheExactLineWithABandOfNoWidth() {
		Forecast forecast = Forecaster.project(series(100, 110, 120, 130, 140), 3).orElseThrow();

		assertThat(forecast.model()).isEqualTo(TrendModel.LINEAR);
		assertThat(forecast.projection()).extracting(YearValue::year).containsExactly(2026, 2027, 2028);
		assertThat(forecast.projection()).extracting(YearValue::value)
			.containsExactly(150.0, 160.0, 170.0);
		forecast.projection().forEach(year -> assertThat(year.upper() - year.lower()).isCloseTo(0, within(1e-9)));
	}

	@Test
	void anExactlyExponentialSeriesChoosesTheExponentialTrend() {
		Forecast forecast = Forecaster.project(series(100, 120, 144, 172.8, 207.36), 2).orElseThrow();

		assertThat(forecast.model()).isEqualTo(TrendModel.EXPONENTIAL);
		assertThat(forecast.projection().get(0).value()).isCloseTo(248.832, within(1e-6));
		assertThat(forecast.projection().get(1).value()).isCloseTo(298.5984, within(1e-6));
	}

	@Test
	void aNoisySeriesGetsTheHandComputedLineAndBand() {
		// by hand, y = 10, 14, 15 in 2021..2023: x̄ = 2022, ȳ = 13, Sxx = 2
		// slope = Σ(x−x̄)(y−ȳ)/Sxx = ((−1)(−3) + 0 + (1)(2))/2 = 2.5; fitted 2021..2023 = 10.5, 13, 15.5
		// residuals: 10−10.5 = −0.5, 14−13 = 1, 15−15.5 = −0.5; s = √(1.5/1) = 1.2247
		// 2024: fitted 18, half = 12.706·1.2247·√(1 + 1/3 + 4/2) = 28.41
		Forecast forecast = Forecaster.project(series(10, 14, 15), 1).orElseThrow();

		assertThat(forecast.model()).isEqualTo(TrendModel.LINEAR);
		assertThat(forecast.linearError()).isCloseTo(Math.sqrt(1.5), within(1e-9));
		YearValue next = forecast.projection().get(0);
		assertThat(next.value()).isCloseTo(18, within(1e-9));
		assertThat(next.upper()).isCloseTo(18 + 12.706 * Math.sqrt(1.5) * Math.sqrt(1 + 1.0 / 3 + 2), within(1e-6));
		assertThat(next.lower()).isZero();
	}

	@Test
	void aSeriesWithAZeroIsNeverExponential() {
		Forecast forecast = Forecaster.project(series(0, 5, 20, 60), 1).orElseThrow();

		assertThat(forecast.model()).isEqualTo(TrendModel.LINEAR);
		assertThat(forecast.exponentialError()).isEmpty();
	}

	@Test
	void twoYearsAreTooFewToForecast() {
		assertThat(Forecaster.project(series(100, 120), 3)).isEmpty();
	}

}
