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

import kg.omb.directory.Directory;
import kg.omb.directory.EducationSector;
import kg.omb.directory.OrganizationKind;
import kg.omb.directory.Region;
import kg.omb.directory.domain.DirectoryPermissions;
import kg.omb.directory.domain.OrganizationAdministration;
import kg.omb.shared.DomainException;
import kg.omb.shared.NotFoundException;

/**
 * Administrators and authority officers keep the organisations: an officer sees and edits those their authority
 * supervises, and names only their own authority as the supervising one.
 */
@Controller
class OrganizationsManageController {

	static final String LIST = "directory/manage/organizations";

	static final String FORM = "directory/manage/organization-form";

	private static final Map<String, String> FIELDS = Map.ofEntries(
			Map.entry("organization.error.duplicate-code", "code"), Map.entry("organization.error.code-format", "code"),
			Map.entry("organization.error.code-fixed", "code"), Map.entry("organization.error.name-required", "nameKy"),
			Map.entry("organization.error.sectors-required", "sectors"),
			Map.entry("organization.error.special-status-university", "specialStatus"),
			Map.entry("organization.error.unknown-authority", "authorityId"));

	private final OrganizationAdministration administration;

	private final DirectoryPermissions permissions;

	private final Directory directory;

	OrganizationsManageController(OrganizationAdministration administration, DirectoryPermissions permissions,
			Directory directory) {
		this.administration = administration;
		this.permissions = permissions;
		this.directory = directory;
	}

	@GetMapping("/manage/organizations")
	String list(Model model) {
		model.addAttribute("organizations", administration.manageable());
		model.addAttribute("authorities", directory.authorities());
		return LIST;
	}

	@GetMapping("/manage/organizations/new")
	String initCreationForm(Model model) {
		if (!permissions.mayManageSomeOrganizations()) {
			throw new AccessDeniedException("directory.error.not-allowed");
		}
		return show(OrganizationForm.empty(), null, model);
	}

	@PostMapping("/manage/organizations")
	String processCreationForm(@Valid @ModelAttribute("form") OrganizationForm form, BindingResult binding,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (binding.getTarget() == null) {
			model.addAttribute("formError", FormFailures.UNREADABLE);
			FormFailures.invalid(response);
			return show(OrganizationForm.empty(), null, model);
		}
		form.checkSectors(binding);
		if (binding.hasErrors()) {
			FormFailures.invalid(response);
			return show(form, null, model);
		}
		try {
			long id = administration.create(form.toData());
			redirect.addFlashAttribute("flash", "organization.created");
			return "redirect:/organizations/" + id;
		}
		catch (NotFoundException notFound) {
			throw notFound;
		}
		catch (DomainException refused) {
			FormFailures.refused(refused, binding, FIELDS, response);
			return show(form, null, model);
		}
	}

	@GetMapping("/manage/organizations/{id}/edit")
	String initUpdateForm(@PathVariable long id, Model model) {
		return show(OrganizationForm.of(administration.editable(id)), id, model);
	}

	@PostMapping("/manage/organizations/{id}")
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("form") OrganizationForm form,
			BindingResult binding, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (binding.getTarget() == null || form.version() == null) {
			model.addAttribute("formError", FormFailures.UNREADABLE);
			FormFailures.invalid(response);
			return show(OrganizationForm.of(administration.editable(id)), id, model);
		}
		form.checkSectors(binding);
		if (binding.hasErrors()) {
			FormFailures.invalid(response);
			return show(form, id, model);
		}
		try {
			administration.update(id, form.version(), form.toData());
			redirect.addFlashAttribute("flash", "organization.updated");
			return "redirect:/organizations/" + id;
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

	private String show(OrganizationForm form, @Nullable Long id, Model model) {
		if (model.getAttribute("form") == null) {
			model.addAttribute("form", form);
		}
		model.addAttribute("organizationId", id);
		model.addAttribute("kinds", OrganizationKind.values());
		model.addAttribute("regions", Region.values());
		model.addAttribute("sectors", EducationSector.values());
		model.addAttribute("authorities", administration.assignableAuthorities());
		model.addAttribute("withoutAuthority", permissions.isAdmin());
		return FORM;
	}

}
