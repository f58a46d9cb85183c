package kg.omb.surveys.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import kg.omb.surveys.domain.Consolidation;
import kg.omb.surveys.domain.FormColumn;
import kg.omb.surveys.domain.SurveyService;
import kg.omb.surveys.domain.Views.TemplateView;

/** Trends of a template over the years and the forecast per specialty (§11.1), and the page on the method. */
@Controller
@SurveysConsole
class AnalysisController {

	private final SurveyService surveys;

	private final Consolidation consolidation;

	private final MessageSource messages;

	AnalysisController(SurveyService surveys, Consolidation consolidation, MessageSource messages) {
		this.surveys = surveys;
		this.consolidation = consolidation;
		this.messages = messages;
	}

	/** A projected specialty, its chart's data and the fitted model. */
	record ForecastView(Consolidation.SpecialtySeries series, String chart) {
	}

	@GetMapping("/surveys/templates/{id}/analysis")
	String analysis(@PathVariable long id, @RequestParam(required = false) String column,
			@RequestParam(defaultValue = "5") int years, Model model, Locale locale) {
		TemplateView template = surveys.template(id);
		List<FormColumn> columns = template.definition().columns();
		String chosen = column != null && template.definition().column(column).isPresent() ? column
				: columns.isEmpty() ? "" : columns.get(0).code();
		int horizon = Math.max(3, Math.min(5, years));
		model.addAttribute("template", template);
		model.addAttribute("column", chosen);
		model.addAttribute("years", horizon);
		model.addAttribute("trendChart", Charts.bars(consolidation.years(id), columns, line -> line.key(), locale));
		String history = text("surveys.analysis.history", locale);
		String forecast = text("surveys.analysis.forecast", locale);
		String band = text("surveys.analysis.band", locale);
		model.addAttribute("forecasts", chosen.isEmpty() ? List.of()
				: consolidation.forecasts(id, chosen, horizon)
					.stream()
					.map(series -> new ForecastView(series, Charts.forecast(series, history, forecast, band)))
					.toList());
		return "surveys/analysis";
	}

	@GetMapping("/surveys/method")
	String method() {
		return "surveys/method";
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

}
