package kg.omb.surveys.forecast;

/** A figure of one year: observed, or projected with the lower and upper bounds of its band. */
public record YearValue(int year, double value, double lower, double upper) {

	public static YearValue observed(int year, double value) {
		return new YearValue(year, value, value, value);
	}

}
