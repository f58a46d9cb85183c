package kg.omb.surveys.forecast;

/** The shape of a fitted trend. */
public enum TrendModel {

	/** value = a + b·year */
	LINEAR,

	/** value = a·e^(b·year), fitted as a line through the logarithms */
	EXPONENTIAL

}
