package kg.omb.association.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kg.omb.association.domain.AssociationLifecycle;
import kg.omb.association.domain.ManagementQueries;
import kg.omb.directory.ActIssuer;
import kg.omb.directory.AuthorityView;
import kg.omb.directory.LegalActView;
import kg.omb.directory.OrganizationView;

/**
 * How an OMB comes to be: an authority officer creates one at a base university for enlarged groups by the
 * authority's act (§3, §14); a special-status university's head registers the university's own under its charter
 * (§3, §25).
 */
@Controller
@ManageConsole
class ManageCreationController {

	private final AssociationLifecycle lifecycle;

	private final ManagementQueries management;

	private final Choices choices;

	ManageCreationController(AssociationLifecycle lifecycle, ManagementQueries management, Choices choices) {
		this.lifecycle = lifecycle;
		this.management = management;
		this.choices = choices;
	}

	@GetMapping("/manage/associations/new")
	String newAssociation(@RequestParam(name = "group", required = false) @Nullable String group, Model model) {
		AssociationForm form = AssociationForm.empty();
		if (group != null && !group.isBlank()) {
			form = new AssociationForm(null, null, null, null, java.util.Set.of(group.strip()), null, null);
		}
		model.addAttribute("associationForm", form);
		return creationPage(model);
	}

	@PostMapping("/manage/associations")
	String create(@Valid @ModelAttribute("associationForm") AssociationForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		long[] created = new long[1];
		if (Submissions.run(binding, response, () -> created[0] = lifecycle.create(form.toCommand()))) {
			redirect.addFlashAttribute("flash", "association.manage.created");
			return "redirect:/manage/associations/" + created[0];
		}
		return creationPage(model);
	}

	@GetMapping("/manage/associations/register")
	String register(Model model) {
		model.addAttribute("ownForm", OwnAssociationForm.empty());
		return registrationPage(model);
	}

	@PostMapping("/manage/associations/register")
	String registerOwn(@Valid @ModelAttribute("ownForm") OwnAssociationForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		long[] created = new long[1];
		if (Submissions.run(binding, response, () -> created[0] = lifecycle.registerOwn(form.toCommand()))) {
			redirect.addFlashAttribute("flash", "association.manage.registered");
			return "redirect:/manage/associations/" + created[0];
		}
		return registrationPage(model);
	}

	private String creationPage(Model model) {
		List<AuthorityView> authorities = management.governedAuthorities();
		if (authorities.isEmpty()) {
			throw new AccessDeniedException("association.error.not-allowed");
		}
		Workspace.ensure(model, "associationForm", AssociationForm.empty());
		model.addAttribute("authorities", authorities);
		model.addAttribute("actsByAuthority", authorities.stream()
			.collect(Collectors.toMap(Function.identity(),
					authority -> management.actsOf(ActIssuer.authority(authority.id())), (a, b) -> a,
					java.util.LinkedHashMap::new)));
		model.addAttribute("groups", choices.groupsInForce());
		model.addAttribute("universities", choices.universities());
		return "association/manage/new";
	}

	private String registrationPage(Model model) {
		List<OrganizationView> universities = management.representedOrganizations()
			.stream()
			.filter(OrganizationView::specialStatus)
			.toList();
		if (universities.isEmpty()) {
			throw new AccessDeniedException("association.error.not-allowed");
		}
		Workspace.ensure(model, "ownForm", OwnAssociationForm.empty());
		Map<OrganizationView, List<LegalActView>> charters = universities.stream()
			.collect(Collectors.toMap(Function.identity(),
					university -> management.actsOf(ActIssuer.organization(university.id())), (a, b) -> a,
					java.util.LinkedHashMap::new));
		model.addAttribute("universities", universities);
		model.addAttribute("actsByUniversity", charters);
		model.addAttribute("groups", choices.groupsInForce());
		return "association/manage/register";
	}

}
