package kg.omb.surveys.forecast;

/** The 97.5% quantile of Student's t distribution, for two-sided 95% bands on short series. */
final class StudentT {

	/** Degrees of freedom 1..30, from the standard tables. */
	private static final double[] QUANTILES = { 12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262,
			2.228, 2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064,
			2.060, 2.056, 2.052, 2.048, 2.045, 2.042 };

	private StudentT() {
	}

	static double quantile975(int degreesOfFreedom) {
		if (degreesOfFreedom < 1) {
			throw new IllegalArgumentException("degrees of freedom: " + degreesOfFreedom);
		}
		return degreesOfFreedom <= QUANTILES.length ? QUANTILES[degreesOfFreedom - 1] : 1.96;
	}

}
