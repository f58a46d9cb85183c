package kg.omb.surveys.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import tools.jackson.databind.json.JsonMapper;

import kg.omb.surveys.domain.Consolidation.Line;
import kg.omb.surveys.domain.Consolidation.SpecialtySeries;
import kg.omb.surveys.domain.FormColumn;
import kg.omb.surveys.forecast.YearValue;

/**
 * The data of a chart as JSON for {@code /js/surveys-charts.js}, which draws it with ECharts: categories and one
 * series per column for bars, or a specialty's history, projection and band for a forecast.
 */
final class Charts {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Charts() {
	}

	static String bars(List<Line> lines, List<FormColumn> columns, Function<Line, String> label, Locale locale) {
		List<Map<String, Object>> series = new ArrayList<>();
		for (FormColumn column : columns) {
			series.add(Map.of("name", column.label().in(locale), "data",
					lines.stream().map(line -> line.figure(column.code())).toList()));
		}
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("type", "bars");
		chart.put("categories", lines.stream().map(label).toList());
		chart.put("series", series);
		return JSON.writeValueAsString(chart);
	}

	static String forecast(SpecialtySeries specialty, String historyName, String forecastName, String bandName) {
		List<String> years = new ArrayList<>();
		List<Object> history = new ArrayList<>();
		List<Object> projected = new ArrayList<>();
		List<Object> lower = new ArrayList<>();
		List<Object> width = new ArrayList<>();
		for (YearValue point : specialty.history()) {
			years.add(Integer.toString(point.year()));
			history.add(point.value());
			boolean last = point == specialty.history().get(specialty.history().size() - 1);
			projected.add(last && specialty.forecast().isPresent() ? point.value() : null);
			lower.add(null);
			width.add(null);
		}
		specialty.forecast().ifPresent(forecast -> forecast.projection().forEach(point -> {
			years.add(Integer.toString(point.year()));
			history.add(null);
			projected.add(Math.round(point.value()));
			lower.add(Math.round(point.lower()));
			width.add(Math.round(point.upper()) - Math.round(point.lower()));
		}));
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("type", "forecast");
		chart.put("categories", years);
		chart.put("names", List.of(historyName, forecastName, bandName));
		chart.put("history", history);
		chart.put("projected", projected);
		chart.put("lower", lower);
		chart.put("width", width);
		return JSON.writeValueAsString(chart);
	}

}
