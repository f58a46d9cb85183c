package kg.omb.reports.domain;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The figures of a published report kept as JSON, read back exactly as they were written. */
final class ReportFigures {

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private ReportFigures() {
	}

	static String write(ReportData data) {
		return JSON.writeValueAsString(data);
	}

	static ReportData read(String json) {
		return JSON.readValue(json, ReportData.class);
	}

}
