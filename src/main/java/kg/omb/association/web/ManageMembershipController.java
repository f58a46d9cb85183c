package kg.omb.association.web;

import java.util.Locale;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kg.omb.association.domain.MembershipService;

/**
 * The membership as the chair and the secretary keep it (§16): the chair accepts a proposal or rejects it with a
 * reason; the base organisation's order is recorded for several accepted proposals at once; a member's removal is
 * proposed.
 */
@Controller
@ManageConsole
class ManageMembershipController {

	private final Workspace workspace;

	private final MembershipService membership;

	ManageMembershipController(Workspace workspace, MembershipService membership) {
		this.workspace = workspace;
		this.membership = membership;
	}

	@PostMapping("/manage/associations/{id}/proposals/{proposalId}/accept")
	String accept(@PathVariable long id, @PathVariable long proposalId,
			@Valid @ModelAttribute("acceptanceForm") VersionForm form, BindingResult binding, Model model,
			Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		if (Submissions.run(binding, response,
				() -> membership.accept(proposalId, Objects.requireNonNull(form.version())))) {
			return Workspace.done(id, "proposals", "association.manage.proposal.accepted", redirect);
		}
		return workspace.show(id, model, locale);
	}

	@PostMapping("/manage/associations/{id}/proposals/{proposalId}/reject")
	String reject(@PathVariable long id, @PathVariable long proposalId,
			@Valid @ModelAttribute("rejectionForm") RejectionForm form, BindingResult binding, Model model,
			Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		if (Submissions.run(binding, response, () -> membership.reject(proposalId,
				Objects.requireNonNull(form.version()), Objects.requireNonNull(form.reason())))) {
			return Workspace.done(id, "proposals", "association.manage.proposal.rejected", redirect);
		}
		return workspace.show(id, model, locale);
	}

	@PostMapping("/manage/associations/{id}/proposals/act")
	String recordAct(@PathVariable long id, @Valid @ModelAttribute("membershipActForm") MembershipActForm form,
			BindingResult binding, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) {
		if (Submissions.run(binding, response, () -> membership.recordAct(id,
				Objects.requireNonNull(form.proposalIds()), Objects.requireNonNull(form.actId())))) {
			return Workspace.done(id, "members", "association.manage.membership.act-recorded", redirect);
		}
		return workspace.show(id, model, locale);
	}

	@PostMapping("/manage/associations/{id}/members/{memberId}/removal")
	String proposeRemoval(@PathVariable long id, @PathVariable long memberId,
			@Valid @ModelAttribute("removalForm") RemovalForm form, BindingResult binding, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (Submissions.run(binding, response, () -> membership.proposeRemoval(memberId, form.justification()))) {
			return Workspace.done(id, "proposals", "association.manage.removal.proposed", redirect);
		}
		return workspace.show(id, model, locale);
	}

}
