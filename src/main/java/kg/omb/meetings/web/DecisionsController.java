package kg.omb.meetings.web;

import java.util.Comparator;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import kg.omb.association.AssociationView;
import kg.omb.association.Associations;
import kg.omb.meetings.domain.DecisionQueries;

/** The OMBs' decisions, public (§7, §10.7): the list by OMB and year, and each decision with its meeting and vote. */
@Controller
class DecisionsController {

	private final DecisionQueries decisions;

	private final Associations associations;

	DecisionsController(DecisionQueries decisions, Associations associations) {
		this.decisions = decisions;
		this.associations = associations;
	}

	@GetMapping("/decisions")
	String list(@RequestParam(required = false) @Nullable Long omb, @RequestParam(required = false) @Nullable Integer year,
			Model model) {
		Integer shownYear = year != null && year >= 1991 && year <= 9998 ? year : null;
		model.addAttribute("decisions", decisions.list(omb, shownYear));
		model.addAttribute("associations", associations.all()
			.stream()
			.sorted(Comparator.comparing(AssociationView::id))
			.toList());
		model.addAttribute("omb", omb);
		model.addAttribute("year", shownYear);
		model.addAttribute("years", decisions.years());
		return "meetings/public/decisions";
	}

	@GetMapping("/decisions/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("decision", decisions.detail(id));
		return "meetings/public/decision";
	}

}
