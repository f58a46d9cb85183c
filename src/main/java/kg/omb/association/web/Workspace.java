package kg.omb.association.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kg.omb.association.AssociationStatus;
import kg.omb.association.Associations;
import kg.omb.association.domain.AssociationProfile;
import kg.omb.association.domain.AssociationQueries;
import kg.omb.association.domain.ManagementPermissions;
import kg.omb.association.domain.ManagementQueries;
import kg.omb.association.domain.MemberRole;
import kg.omb.association.domain.StakeholderKind;
import kg.omb.directory.Directory;

/**
 * The workspace of one OMB: its profile and, by what the person may do there, the forms of the authority (chair,
 * transfer, reorganisation, dissolution), of the chair (sections, decisions on proposals) and of whoever keeps the
 * records (membership orders, working groups, bylaws, contacts). A form that failed is shown again as submitted,
 * with its errors; every other form is fresh.
 */
@Component
class Workspace {

	static final String VIEW = "association/manage/workspace";

	private final AssociationQueries queries;

	private final ManagementQueries management;

	private final Associations associations;

	private final Choices choices;

	private final Directory directory;

	private final MessageSource messages;

	Workspace(AssociationQueries queries, ManagementQueries management, Associations associations, Choices choices,
			Directory directory, MessageSource messages) {
		this.queries = queries;
		this.management = management;
		this.associations = associations;
		this.choices = choices;
		this.directory = directory;
		this.messages = messages;
	}

	String show(long id, Model model, Locale locale) {
		ManagementPermissions permissions = management.permissions(id);
		if (!permissions.mayOpenWorkspace()) {
			throw new AccessDeniedException("association.error.not-allowed");
		}
		AssociationProfile profile = queries.profile(id);
		model.addAttribute("profile", profile);
		model.addAttribute("permissions", permissions);
		model.addAttribute("proposals", management.proposals(id));
		model.addAttribute("allMembers", queries.allMembers(id));
		if (permissions.governs()) {
			model.addAttribute("governingActs", management.governingActs(id));
			model.addAttribute("universities", choices.universities());
			model.addAttribute("successors", associations.all()
				.stream()
				.filter(other -> other.id() != id && other.status() == AssociationStatus.ACTIVE)
				.toList());
		}
		if (permissions.keepsRecords()) {
			model.addAttribute("structuralActs", management.structuralActs(id));
			model.addAttribute("baseActs", management.baseOrganizationActs(id));
			model.addAttribute("teaching", choices.teachingOrganizations());
			model.addAttribute("organizations", choices.organizations());
			model.addAttribute("levels", directory.levels());
			model.addAttribute("sectionCodes",
					choices.withinGroups(java.util.Set.copyOf(profile.groups().stream().map(g -> g.code()).toList())));
		}
		model.addAttribute("stakeholderKinds", StakeholderKind.values());
		model.addAttribute("memberRoles", MemberRole.values());
		ensure(model, "chairForm", ChairForm.withPosition(defaultPosition(locale)));
		ensure(model, "endChairForm", ActForm.empty());
		ensure(model, "transferForm", TransferForm.empty());
		ensure(model, "contactsForm", ContactsForm.of(profile.contacts()));
		ensure(model, "sectionForm", SectionForm.empty());
		ensure(model, "headForm", HeadForm.empty());
		ensure(model, "subsectionForm", SubsectionForm.empty());
		ensure(model, "closeSectionForm", ActForm.empty());
		ensure(model, "acceptanceForm", VersionForm.empty());
		ensure(model, "rejectionForm", RejectionForm.empty());
		ensure(model, "membershipActForm", MembershipActForm.empty());
		ensure(model, "removalForm", RemovalForm.empty());
		ensure(model, "workingGroupForm", WorkingGroupForm.empty());
		ensure(model, "participantForm", ParticipantForm.empty());
		ensure(model, "completionForm", VersionForm.empty());
		ensure(model, "bylawsForm", BylawsForm.empty());
		return VIEW;
	}

	/** After a change: back to the workspace (POST-redirect-GET), at the part that changed, with what was done. */
	static String done(long id, String part, String messageKey, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", messageKey);
		return "redirect:/manage/associations/" + id + "#" + part;
	}

	String defaultPosition(Locale locale) {
		return messages.getMessage("association.manage.chair.default-position", null, locale);
	}

	/**
	 * Puts a fresh form in the model unless the request bound one. A request that could not be read into the form
	 * at all (a value of the wrong type, which the page's own controls never send) leaves no form: it is shown
	 * fresh, with a note that the input could not be read.
	 */
	static void ensure(Model model, String name, Object fresh) {
		if (model.getAttribute(name) != null) {
			return;
		}
		boolean unreadable = model.getAttribute(BindingResult.MODEL_KEY_PREFIX + name) != null;
		model.addAttribute(name, fresh);
		if (unreadable) {
			BindingResult binding = new BeanPropertyBindingResult(fresh, name);
			binding.reject("association.manage.form.unreadable");
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, binding);
		}
	}

}
