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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kg.omb.association.domain.Commands;
import kg.omb.association.domain.StructureService;
import kg.omb.shared.LocalizedText;

/**
 * The sections the chair determines (§18-19): created for directions or specialties at a leading organisation by
 * an act, their heads, subsections by level of training, and their closing.
 */
@Controller
@ManageConsole
class ManageSectionsController {

	private final Workspace workspace;

	private final StructureService structure;

	private final People people;

	ManageSectionsController(Workspace workspace, StructureService structure, People people) {
		this.workspace = workspace;
		this.structure = structure;
		this.people = people;
	}

	@PostMapping("/manage/associations/{id}/sections")
	String create(@PathVariable long id, @Valid @ModelAttribute("sectionForm") SectionForm form, BindingResult binding,
			Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		if (Submissions.run(binding, response, () -> structure.createSection(id,
				new Commands.NewSection(new LocalizedText(form.nameKy(), form.nameRu(), form.nameEn()),
						Objects.requireNonNull(form.classifierCodes()), Objects.requireNonNull(form.leadingOrganizationId()),
						Objects.requireNonNull(form.actId()), people.optional("headEmail", form.headEmail()),
						headName(form.headEmail(), form.headName()))))) {
			return Workspace.done(id, "sections", "association.manage.section.created", redirect);
		}
		return workspace.show(id, model, locale);
	}

	@PostMapping("/manage/associations/{id}/sections/{sectionId}/head")
	String appointHead(@PathVariable long id, @PathVariable long sectionId,
			@Valid @ModelAttribute("headForm") HeadForm form, BindingResult binding, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (Submissions.run(binding, response,
				() -> structure.appointSectionHead(sectionId, Objects.requireNonNull(form.version()), form.actId(),
						people.optional("headEmail", form.headEmail()), headName(form.headEmail(), form.headName())))) {
			return Workspace.done(id, "section-" + sectionId, "association.manage.section.head-appointed", redirect);
		}
		return workspace.show(id, model, locale);
	}

	@PostMapping("/manage/associations/{id}/sections/{sectionId}/subsections")
	String addSubsection(@PathVariable long id, @PathVariable long sectionId,
			@Valid @ModelAttribute("subsectionForm") SubsectionForm form, BindingResult binding, Model model,
			Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		if (Submissions.run(binding, response, () -> structure.addSubsection(sectionId,
				Objects.requireNonNull(form.version()),
				new Commands.NewSubsection(Objects.requireNonNull(form.levelCode()),
						new LocalizedText(form.nameKy(), form.nameRu(), form.nameEn()), form.actId(),
						people.optional("headEmail", form.headEmail()), headName(form.headEmail(), form.headName()))))) {
			return Workspace.done(id, "section-" + sectionId, "association.manage.subsection.added", redirect);
		}
		return workspace.show(id, model, locale);
	}

	@PostMapping("/manage/associations/{id}/sections/{sectionId}/close")
	String close(@PathVariable long id, @PathVariable long sectionId,
			@Valid @ModelAttribute("closeSectionForm") ActForm form, BindingResult binding, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (Submissions.run(binding, response, () -> structure.closeSection(sectionId,
				Objects.requireNonNull(form.version()), Objects.requireNonNull(form.actId())))) {
			return Workspace.done(id, "sections", "association.manage.section.closed", redirect);
		}
		return workspace.show(id, model, locale);
	}

	/** A head named by e-mail takes their account's name; the typed name counts only without an e-mail. */
	private static @Nullable String headName(@Nullable String email, @Nullable String name) {
		return email == null || email.isBlank() ? name : null;
	}

}
