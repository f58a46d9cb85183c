package kg.omb.association.web;

import java.util.Locale;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kg.omb.association.domain.AssociationLifecycle;
import kg.omb.association.domain.AssociationQueries;
import kg.omb.association.domain.Commands;
import kg.omb.association.domain.ManagementQueries;

/**
 * The workspace of one OMB and what its authority does to it (§3, §14, §20): confirm the chair, end the chair's
 * term, transfer the functions, reorganise or dissolve it (each after a confirmation page), and the contacts.
 */
@Controller
@ManageConsole
class ManageAssociationController {

	private static final String CONFIRM = "association/manage/confirm-close";

	private final Workspace workspace;

	private final AssociationLifecycle lifecycle;

	private final AssociationQueries queries;

	private final ManagementQueries management;

	private final People people;

	ManageAssociationController(Workspace workspace, AssociationLifecycle lifecycle, AssociationQueries queries,
			ManagementQueries management, People people) {
		this.workspace = workspace;
		this.lifecycle = lifecycle;
		this.queries = queries;
		this.management = management;
		this.people = people;
	}

	@GetMapping("/manage/associations/{id}")
	String show(@PathVariable long id, Model model, Locale locale) {
		return workspace.show(id, model, locale);
	}

	@PostMapping("/manage/associations/{id}/chair")
	String confirmChair(@PathVariable long id, @Valid @ModelAttribute("chairForm") ChairForm form,
			BindingResult binding, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) {
		if (Submissions.run(binding, response, () -> lifecycle.confirmChair(id, form.version(),
				new Commands.ConfirmChair(people.require("email", form.email()), Objects.requireNonNull(form.position()),
						form.actId())))) {
			return Workspace.done(id, "chair", "association.manage.chair.confirmed", redirect);
		}
		return workspace.show(id, model, locale);
	}

	@PostMapping("/manage/associations/{id}/chair/end")
	String endChairTerm(@PathVariable long id, @Valid @ModelAttribute("endChairForm") ActForm form,
			BindingResult binding, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) {
		if (Submissions.run(binding, response, () -> lifecycle.endChairTerm(id, form.version(), form.actId()))) {
			return Workspace.done(id, "chair", "association.manage.chair.term-ended", redirect);
		}
		return workspace.show(id, model, locale);
	}

	@PostMapping("/manage/associations/{id}/transfer")
	String transfer(@PathVariable long id, @Valid @ModelAttribute("transferForm") TransferForm form,
			BindingResult binding, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) {
		if (Submissions.run(binding, response,
				() -> lifecycle.transfer(id, form.version(), form.organizationId(), form.actId()))) {
			return Workspace.done(id, "authority", "association.manage.transfer.done", redirect);
		}
		return workspace.show(id, model, locale);
	}

	@PostMapping("/manage/associations/{id}/contacts")
	String changeContacts(@PathVariable long id, @Valid @ModelAttribute("contactsForm") ContactsForm form,
			BindingResult binding, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) {
		if (Submissions.run(binding, response,
				() -> lifecycle.changeContacts(id, form.version(), form.toContacts()))) {
			return Workspace.done(id, "contacts", "association.manage.contacts.changed", redirect);
		}
		return workspace.show(id, model, locale);
	}

	@GetMapping("/manage/associations/{id}/reorganise")
	String confirmReorganise(@PathVariable long id, Model model) {
		return confirmation(id, "reorganise", model);
	}

	@PostMapping("/manage/associations/{id}/reorganise")
	String reorganise(@PathVariable long id, @Valid @ModelAttribute("closeForm") ReorganiseForm form,
			BindingResult binding, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (Submissions.run(binding, response,
				() -> lifecycle.reorganise(id, form.version(), form.successorId(), form.actId()))) {
			return Workspace.done(id, "status", "association.manage.reorganise.done", redirect);
		}
		return confirmation(id, "reorganise", model);
	}

	@GetMapping("/manage/associations/{id}/dissolve")
	String confirmDissolve(@PathVariable long id, Model model) {
		return confirmation(id, "dissolve", model);
	}

	@PostMapping("/manage/associations/{id}/dissolve")
	String dissolve(@PathVariable long id, @Valid @ModelAttribute("closeForm") ReorganiseForm form,
			BindingResult binding, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (Submissions.run(binding, response, () -> lifecycle.dissolve(id, form.version(), form.actId()))) {
			return Workspace.done(id, "status", "association.manage.dissolve.done", redirect);
		}
		return confirmation(id, "dissolve", model);
	}

	/** The page that asks the authority to confirm, with the act, before the OMB is closed for good. */
	private String confirmation(long id, String action, Model model) {
		if (!management.permissions(id).governs()) {
			throw new AccessDeniedException("association.error.not-allowed");
		}
		model.addAttribute("profile", queries.profile(id));
		model.addAttribute("action", action);
		model.addAttribute("governingActs", management.governingActs(id));
		model.addAttribute("successors", queries.all()
			.stream()
			.filter(other -> other.id() != id && other.status() == kg.omb.association.AssociationStatus.ACTIVE)
			.toList());
		Workspace.ensure(model, "closeForm", ReorganiseForm.empty());
		return CONFIRM;
	}

}
