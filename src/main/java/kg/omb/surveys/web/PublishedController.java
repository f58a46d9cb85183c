package kg.omb.surveys.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kg.omb.surveys.domain.Consolidation;
import kg.omb.surveys.domain.Consolidation.Line;
import kg.omb.surveys.domain.Consolidation.RoundTotals;
import kg.omb.surveys.domain.SurveyService;

/**
 * Summaries the owner of a request decided to publish (§10.7): the public list and each round's aggregates by
 * specialty and level, by level, by region and year by year, never one organisation's figures.
 */
@Controller
@SurveysConsole
class PublishedController {

	private final SurveyService surveys;

	private final Consolidation consolidation;

	private final MessageSource messages;

	PublishedController(SurveyService surveys, Consolidation consolidation, MessageSource messages) {
		this.surveys = surveys;
		this.consolidation = consolidation;
		this.messages = messages;
	}

	@PostMapping("/surveys/rounds/{id}/publish")
	String publish(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		return Outcome.run(redirect, "/surveys/rounds/" + id, "surveys.published.done",
				new MapBindingResult(java.util.Map.of(), "publish"), () -> surveys.publish(id, version));
	}

	@GetMapping("/summaries")
	String summaries(Model model) {
		model.addAttribute("rounds", surveys.publishedRounds());
		return "surveys/published";
	}

	@GetMapping("/summaries/{id}")
	String summary(@PathVariable long id, Model model, Locale locale) {
		RoundTotals totals = consolidation.published(id);
		model.addAttribute("totals", totals);
		model.addAttribute("regionChart", Charts.bars(totals.byRegion(), totals.template().definition().columns(),
				line -> messages.getMessage("surveys.region." + line.key(), null, line.key(), locale), locale));
		model.addAttribute("yearChart", Charts.bars(totals.years(), totals.template().definition().columns(),
				Line::key, locale));
		return "surveys/published-round";
	}

}
