package kg.omb.association.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import kg.omb.association.AssociationStatus;
import kg.omb.association.Associations;
import kg.omb.association.domain.AuthorityWarnings;
import kg.omb.association.domain.ManagementQueries;
import kg.omb.directory.OrganizationView;

/**
 * The console's home for staff: the directory's management pages and the warnings for officers and
 * administrators, the associations the person governs, chairs or keeps records for, and for an organisation's
 * head the proposals they made and what became of them.
 */
@Controller
@ManageConsole
class ManageHomeController {

	private static final String WARNINGS = "association/manage/warnings";

	private final Staff staff;

	private final ManagementQueries management;

	private final AuthorityWarnings warnings;

	private final Associations associations;

	ManageHomeController(Staff staff, ManagementQueries management, AuthorityWarnings warnings,
			Associations associations) {
		this.staff = staff;
		this.management = management;
		this.warnings = warnings;
		this.associations = associations;
	}

	@GetMapping("/manage")
	String home(Model model) {
		staff.require();
		boolean overseer = staff.overseesAuthorities();
		model.addAttribute("overseer", overseer);
		model.addAttribute("administrator", staff.isAdministrator());
		model.addAttribute("governedAuthorities", management.governedAuthorities());
		model.addAttribute("associations", management.manageable());
		var represented = management.representedOrganizations();
		model.addAttribute("represented", represented);
		model.addAttribute("mayRegisterOwn", represented.stream().anyMatch(OrganizationView::specialStatus));
		model.addAttribute("myProposals", management.proposalsOfRepresentedOrganizations());
		if (!represented.isEmpty()) {
			model.addAttribute("openAssociations", associations.all()
				.stream()
				.filter(association -> association.status() == AssociationStatus.ACTIVE)
				.toList());
		}
		return "association/manage/home";
	}

	@GetMapping("/manage/warnings")
	String warnings(@RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx, Model model) {
		staff.requireOverseer();
		model.addAttribute("warnings", warnings.forCurrentPerson());
		return htmx ? WARNINGS + " :: warnings" : WARNINGS;
	}

	/** The home page's small form picks the OMB to propose someone to; without JavaScript it arrives here. */
	@GetMapping("/manage/proposals/new")
	String chooseAssociation(@RequestParam long associationId) {
		return "redirect:/manage/associations/" + associationId + "/proposals/new";
	}

}
