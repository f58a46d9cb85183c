package kg.omb.association.web;

import java.util.Locale;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kg.omb.association.domain.StructureService;
import kg.omb.association.domain.WorkingGroup;
import kg.omb.shared.LocalizedText;
import kg.omb.shared.Strings;

/**
 * The records the chair and the secretary keep: creative working groups with their participants and completion
 * (§15), and the versions of the OMB's bylaws with the signed copy (§21-22).
 */
@Controller
@ManageConsole
class ManageWorkController {

	private final Workspace workspace;

	private final StructureService structure;

	private final BylawsAdoption bylaws;

	private final People people;

	ManageWorkController(Workspace workspace, StructureService structure, BylawsAdoption bylaws, People people) {
		this.workspace = workspace;
		this.structure = structure;
		this.bylaws = bylaws;
		this.people = people;
	}

	@PostMapping("/manage/associations/{id}/working-groups")
	String createWorkingGroup(@PathVariable long id, @Valid @ModelAttribute("workingGroupForm") WorkingGroupForm form,
			BindingResult binding, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) {
		if (Submissions.run(binding, response, () -> structure.createWorkingGroup(id,
				new LocalizedText(form.nameKy(), form.nameRu(), form.nameEn()), Objects.requireNonNull(form.task()),
				Objects.requireNonNull(form.deadline())))) {
			return Workspace.done(id, "working-groups", "association.manage.working-group.created", redirect);
		}
		return workspace.show(id, model, locale);
	}

	@PostMapping("/manage/associations/{id}/working-groups/{groupId}/participants")
	String addParticipant(@PathVariable long id, @PathVariable long groupId,
			@Valid @ModelAttribute("participantForm") ParticipantForm form, BindingResult binding, Model model,
			Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		if (Submissions.run(binding, response, () -> structure.addParticipant(groupId,
				Objects.requireNonNull(form.version()),
				new WorkingGroup.Participant(Objects.requireNonNull(form.personName()).strip(),
						Objects.requireNonNull(form.organizationId()), people.ifAny(form.email()),
						Strings.blankToNull(form.groupRole()))))) {
			return Workspace.done(id, "working-groups", "association.manage.working-group.joined", redirect);
		}
		return workspace.show(id, model, locale);
	}

	@PostMapping("/manage/associations/{id}/working-groups/{groupId}/complete")
	String completeWorkingGroup(@PathVariable long id, @PathVariable long groupId,
			@Valid @ModelAttribute("completionForm") VersionForm form, BindingResult binding, Model model,
			Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		if (Submissions.run(binding, response,
				() -> structure.completeWorkingGroup(groupId, Objects.requireNonNull(form.version())))) {
			return Workspace.done(id, "working-groups", "association.manage.working-group.completed", redirect);
		}
		return workspace.show(id, model, locale);
	}

	@PostMapping("/manage/associations/{id}/bylaws")
	String adoptBylaws(@PathVariable long id, @Valid @ModelAttribute("bylawsForm") BylawsForm form,
			BindingResult binding, @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		if (Submissions.run(binding, response, () -> bylaws.adopt(id, form, file))) {
			return Workspace.done(id, "bylaws", "association.manage.bylaws.adopted", redirect);
		}
		return workspace.show(id, model, locale);
	}

}
