package kg.omb.reports.web;

import java.time.Clock;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import kg.omb.reports.domain.Oversight;
import kg.omb.shared.Bishkek;

/**
 * For the authorized bodies and the consultative council: {@code /manage/reports/consolidated?year=} across the
 * OMBs they oversee, and {@code /manage/reports/performance/{associationId}?year=}; the current year by default. A
 * year out of range is refused with the reason and shows the current year.
 */
@Controller
@ReportsConsole
class OversightController {

	private final Oversight oversight;

	private final Clock clock;

	OversightController(Oversight oversight, Clock clock) {
		this.oversight = oversight;
		this.clock = clock;
	}

	@GetMapping("/manage/reports/consolidated")
	String consolidated(@RequestParam(required = false) @Nullable Integer year, Model model,
			HttpServletResponse response) {
		int shown = year(year, model, response);
		model.addAttribute("consolidated", oversight.consolidated(shown));
		return "reports/manage/consolidated";
	}

	@GetMapping("/manage/reports/performance/{associationId}")
	String performance(@PathVariable long associationId, @RequestParam(required = false) @Nullable Integer year,
			Model model, HttpServletResponse response) {
		int shown = year(year, model, response);
		model.addAttribute("performance", oversight.performance(associationId, shown));
		return "reports/manage/performance";
	}

	private int year(@Nullable Integer asked, Model model, HttpServletResponse response) {
		int thisYear = Bishkek.today(clock).getYear();
		model.addAttribute("thisYear", thisYear);
		if (asked == null) {
			return thisYear;
		}
		if (asked < 2000 || asked > thisYear) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("refusal", "reports.error.year-range");
			model.addAttribute("refusalArguments", new Object[] { String.valueOf(thisYear) });
			return thisYear;
		}
		return asked;
	}

}
