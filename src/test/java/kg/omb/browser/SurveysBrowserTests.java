package kg.omb.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import kg.omb.association.AssociationFixture;
import kg.omb.directory.Region;
import kg.omb.surveys.SurveysScenario;
import kg.omb.surveys.domain.AnswerInput;
import kg.omb.surveys.domain.CellRef;
import kg.omb.surveys.domain.SurveyService;
import kg.omb.support.BrowserTest;

/**
 * A published summary of an information request, as a visitor reads it: the charts are drawn by the served
 * ECharts, the totals shown, no organisation named, and axe finds nothing in any of the three languages.
 */
@Import(AssociationFixture.class)
class SurveysBrowserTests extends BrowserTest {

	@Autowired
	AssociationFixture fixture;

	@Autowired
	SurveyService surveys;

	@Autowired
	Clock clock;

	@Test
	void aPublishedSummaryDrawsItsChartsAndPassesAnAccessibilityCheckInEveryLanguage() {
		SurveysScenario scenario = SurveysScenario.create(fixture, surveys, clock, Region.CHUY);
		var representative = SurveysScenario.signedIn(fixture, scenario.universityRepresentative());
		var chair = SurveysScenario.signedIn(fixture, scenario.chair());
		Map<CellRef, String> cells = new HashMap<>();
		String[] levels = { "BACHELOR", "MASTER" };
		for (String level : levels) {
			cells.put(new CellRef(scenario.direction(), level, "enrolled"), "60");
			cells.put(new CellRef(scenario.direction(), level, "graduates"), "40");
			cells.put(new CellRef(scenario.direction(), level, "employed"), "30");
		}
		SurveysScenario.as(representative, () -> surveys.fill(scenario.universityAnswer(), 0,
				new AnswerInput(Map.of("total_enrolled", "120"), cells), true));
		SurveysScenario.as(chair, () -> {
			surveys.accept(scenario.universityAnswer(), 1);
			surveys.publish(scenario.roundId(), 0);
			return null;
		});

		for (String language : List.of("ky", "ru", "en")) {
			page.navigate(url("/summaries/" + scenario.roundId() + "?lang=" + language));
			page.locator(".survey-chart canvas").first().waitFor();
			assertThat(page.locator(".survey-chart canvas").count()).isGreaterThanOrEqualTo(2);
			assertThat(page.locator("#totals-rows").innerText()).contains("60");
			assertThat(page.locator("#totals-byRegion").innerText()).contains("120");
			assertThat(page.content()).doesNotContain("Базалык университет " + scenario.omb().n());
			AxeResults results = new AxeBuilder(page).withTags(PublicPagesBrowserTests.WCAG_21_AA).analyze();
			assertThat(results.getViolations()).as("WCAG 2.1 AA violations in %s: %s", language,
					results.getViolations().stream().map(rule -> rule.getId() + " " + rule.getNodes()
						.stream()
						.map(node -> String.valueOf(node.getTarget()))
						.toList()).toList())
				.isEmpty();
		}
	}

}
