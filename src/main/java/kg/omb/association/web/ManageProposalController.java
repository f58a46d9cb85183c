package kg.omb.association.web;

import java.util.List;

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

import kg.omb.association.domain.AssociationQueries;
import kg.omb.association.domain.ManagementPermissions;
import kg.omb.association.domain.ManagementQueries;
import kg.omb.association.domain.MemberRole;
import kg.omb.association.domain.MembershipService;
import kg.omb.association.domain.ProposalLine;
import kg.omb.association.domain.StakeholderKind;
import kg.omb.directory.OrganizationView;

/**
 * The head of an education organisation proposes one of its staff as a member of an OMB (§16), and sees the
 * proposals made for the organisation with their status and, when rejected, the reason. The chair and secretary
 * may propose too.
 */
@Controller
@ManageConsole
class ManageProposalController {

	private static final String VIEW = "association/manage/propose";

	private final MembershipService membership;

	private final ManagementQueries management;

	private final AssociationQueries queries;

	private final Choices choices;

	ManageProposalController(MembershipService membership, ManagementQueries management, AssociationQueries queries,
			Choices choices) {
		this.membership = membership;
		this.management = management;
		this.queries = queries;
		this.choices = choices;
	}

	@GetMapping("/manage/associations/{id}/proposals/new")
	String newProposal(@PathVariable long id, Model model) {
		return page(id, model);
	}

	@PostMapping("/manage/associations/{id}/proposals")
	String propose(@PathVariable long id, @Valid @ModelAttribute("proposalForm") ProposalForm form,
			BindingResult binding, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (Submissions.run(binding, response,
				() -> membership.proposeMember(id, form.toDetails(), form.justification()))) {
			redirect.addFlashAttribute("flash", "association.manage.proposal.made");
			return "redirect:/manage/associations/" + id + "/proposals/new";
		}
		return page(id, model);
	}

	private String page(long id, Model model) {
		ManagementPermissions permissions = management.permissions(id);
		if (!permissions.mayPropose()) {
			throw new AccessDeniedException("association.error.not-allowed");
		}
		var profile = queries.profile(id);
		List<OrganizationView> organizations = permissions.keepsRecords() ? choices.organizations()
				: management.representedOrganizations();
		List<ProposalLine> own = management.proposalsOfRepresentedOrganizations()
			.stream()
			.filter(proposal -> proposal.associationId() == id)
			.toList();
		model.addAttribute("profile", profile);
		model.addAttribute("organizations", organizations);
		model.addAttribute("ownProposals", own);
		model.addAttribute("stakeholderKinds", StakeholderKind.values());
		model.addAttribute("memberRoles", MemberRole.values());
		Workspace.ensure(model, "proposalForm", ProposalForm.empty());
		return VIEW;
	}

}
