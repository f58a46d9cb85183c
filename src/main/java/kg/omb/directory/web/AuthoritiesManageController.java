package kg.omb.directory.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kg.omb.directory.EducationSector;
import kg.omb.directory.domain.AuthorityAdministration;
import kg.omb.directory.domain.DirectoryPermissions;
import kg.omb.shared.DomainException;
import kg.omb.shared.NotFoundException;

/** Administrators keep the list of authorized bodies: list, create, edit. */
@Controller
class AuthoritiesManageController {

	static final String LIST = "directory/manage/authorities";

	static final String FORM = "directory/manage/authority-form";

	private static final Map<String, String> FIELDS = Map.of("authority.error.duplicate-code", "code",
			"authority.error.code-format", "code", "authority.error.sectors-required", "sectors",
			"authority.error.name-required", "nameKy");

	private final AuthorityAdministration administration;

	private final DirectoryPermissions permissions;

	AuthoritiesManageController(AuthorityAdministration administration, DirectoryPermissions permissions) {
		this.administration = administration;
		this.permissions = permissions;
	}

	@GetMapping("/manage/authorities")
	String list(Model model) {
		model.addAttribute("authorities", administration.manageable());
		return LIST;
	}

	@GetMapping("/manage/authorities/new")
	String initCreationForm(Model model) {
		if (!permissions.mayManageAuthorities()) {
			throw new AccessDeniedException("directory.error.not-allowed");
		}
		return show(AuthorityForm.empty(), null, model);
	}

	@PostMapping("/manage/authorities")
	String processCreationForm(@Valid @ModelAttribute("form") AuthorityForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (binding.getTarget() == null) {
			model.addAttribute("formError", FormFailures.UNREADABLE);
			FormFailures.invalid(response);
			return show(AuthorityForm.empty(), null, model);
		}
		if (binding.hasErrors()) {
			FormFailures.invalid(response);
			return show(form, null, model);
		}
		try {
			administration.create(form.toDetails());
			redirect.addFlashAttribute("flash", "authority.created");
			return "redirect:/manage/authorities";
		}
		catch (NotFoundException notFound) {
			throw notFound;
		}
		catch (DomainException refused) {
			FormFailures.refused(refused, binding, FIELDS, response);
			return show(form, null, model);
		}
	}

	@GetMapping("/manage/authorities/{id}/edit")
	String initUpdateForm(@PathVariable long id, Model model) {
		return show(AuthorityForm.of(administration.editable(id)), id, model);
	}

	@PostMapping("/manage/authorities/{id}")
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("form") AuthorityForm form,
			BindingResult binding, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (binding.getTarget() == null || form.version() == null) {
			model.addAttribute("formError", FormFailures.UNREADABLE);
			FormFailures.invalid(response);
			return show(AuthorityForm.of(administration.editable(id)), id, model);
		}
		if (binding.hasErrors()) {
			FormFailures.invalid(response);
			return show(form, id, model);
		}
		try {
			administration.update(id, form.version(), form.toDetails());
			redirect.addFlashAttribute("flash", "authority.updated");
			return "redirect:/manage/authorities";
		}
		catch (OptimisticLockingFailureException stale) {
			FormFailures.stale(binding, response);
		}
		catch (NotFoundException notFound) {
			throw notFound;
		}
		catch (DomainException refused) {
			FormFailures.refused(refused, binding, FIELDS, response);
		}
		return show(form, id, model);
	}

	private String show(AuthorityForm form, @Nullable Long id, Model model) {
		if (model.getAttribute("form") == null) {
			model.addAttribute("form", form);
		}
		model.addAttribute("authorityId", id);
		model.addAttribute("sectors", EducationSector.values());
		return FORM;
	}

}
