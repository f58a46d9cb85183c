package kg.omb.review.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kg.omb.directory.Directory;
import kg.omb.directory.OrganizationView;
import kg.omb.review.domain.ExpertPool;

/**
 * One's own expert profile ({@code /reviews/experts}): apply to the pool, or keep the profile up to date; the page
 * says whether the application awaits the OMB's decision or was approved.
 */
@Controller
@ReviewConsole
class ExpertsController {

	static final String VIEW = "review/experts";

	private final ExpertPool pool;

	private final Directory directory;

	ExpertsController(ExpertPool pool, Directory directory) {
		this.pool = pool;
		this.directory = directory;
	}

	@GetMapping("/reviews/experts")
	String initProfileForm(Model model) {
		var mine = pool.mine();
		if (!model.containsAttribute("profileForm")) {
			model.addAttribute("profileForm", mine.map(ExpertProfileForm::of).orElseGet(ExpertProfileForm::empty));
		}
		model.addAttribute("mine", mine.orElse(null));
		model.addAttribute("organizations", organizations(directory));
		return VIEW;
	}

	@PostMapping("/reviews/experts")
	String processProfileForm(@Valid @ModelAttribute("profileForm") ExpertProfileForm form, BindingResult binding,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (binding.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return initProfileForm(model);
		}
		return ReviewPages.run(redirect, "/reviews/experts", "review.page.profile.saved", () -> pool.apply(form.profile()));
	}

	static List<OrganizationView> organizations(Directory directory) {
		return directory.organizations();
	}

}
