package kg.omb.association.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import kg.omb.association.domain.CouncilQueries;

/** The public page of a consultative council (§13): its authority, members now, recommendations and OMBs. */
@Controller
class CouncilPageController {

	private final CouncilQueries councils;

	CouncilPageController(CouncilQueries councils) {
		this.councils = councils;
	}

	@GetMapping("/councils/{id}")
	String showCouncil(@PathVariable long id, Model model) {
		model.addAttribute("council", councils.profile(id));
		return "association/public/council";
	}

}
