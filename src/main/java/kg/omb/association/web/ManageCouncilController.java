package kg.omb.association.web;

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

import kg.omb.association.domain.CouncilMember;
import kg.omb.association.domain.CouncilService;
import kg.omb.association.domain.ManagementQueries;
import kg.omb.shared.LocalizedText;

/**
 * The consultative council of each authority the officer serves (§13): formed by the authority's act, its members
 * appointed and released by acts, and its recommendations recorded.
 */
@Controller
@ManageConsole
class ManageCouncilController {

	private static final String VIEW = "association/manage/councils";

	private final CouncilService councils;

	private final ManagementQueries management;

	private final Choices choices;

	private final People people;

	ManageCouncilController(CouncilService councils, ManagementQueries management, Choices choices, People people) {
		this.councils = councils;
		this.management = management;
		this.choices = choices;
		this.people = people;
	}

	@GetMapping("/manage/councils")
	String show(Model model) {
		return page(model);
	}

	@PostMapping("/manage/councils")
	String form(@Valid @ModelAttribute("councilForm") CouncilForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (form != null && form.authorityId() == null) {
			binding.reject("association.manage.form.authority.required");
		}
		if (Submissions.run(binding, response, () -> councils.form(Objects.requireNonNull(form.authorityId()),
				new LocalizedText(form.nameKy(), form.nameRu(), form.nameEn()), Objects.requireNonNull(form.actId())))) {
			return done("council.manage.formed", redirect);
		}
		return page(model);
	}

	@PostMapping("/manage/councils/{councilId}/members")
	String appoint(@PathVariable long councilId, @Valid @ModelAttribute("memberForm") CouncilMemberForm form,
			BindingResult binding, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (Submissions.run(binding, response, () -> councils.appoint(councilId, Objects.requireNonNull(form.version()),
				new CouncilMember.Person(Objects.requireNonNull(form.personName()).strip(), people.ifAny(form.email()),
						form.organizationId(), Objects.requireNonNull(form.position()).strip()),
				Objects.requireNonNull(form.actId())))) {
			return done("council.manage.member-appointed", redirect);
		}
		return page(model);
	}

	@PostMapping("/manage/councils/{councilId}/members/{memberId}/release")
	String release(@PathVariable long councilId, @PathVariable long memberId,
			@Valid @ModelAttribute("releaseForm") ReleaseForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (Submissions.run(binding, response, () -> councils.release(councilId,
				Objects.requireNonNull(form.version()), memberId, Objects.requireNonNull(form.actId())))) {
			return done("council.manage.member-released", redirect);
		}
		return page(model);
	}

	@PostMapping("/manage/councils/{councilId}/recommendations")
	String recommend(@PathVariable long councilId,
			@Valid @ModelAttribute("recommendationForm") RecommendationForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (Submissions.run(binding, response, () -> councils.recommend(councilId,
				Objects.requireNonNull(form.version()), new LocalizedText(form.titleKy(), form.titleRu(), form.titleEn()),
				Objects.requireNonNull(form.content()), Objects.requireNonNull(form.adoptedOn()), form.actId()))) {
			return done("council.manage.recommendation-recorded", redirect);
		}
		return page(model);
	}

	private String page(Model model) {
		var profiles = management.councils();
		if (profiles.isEmpty()) {
			throw new AccessDeniedException("association.error.not-allowed");
		}
		model.addAttribute("councils", profiles);
		model.addAttribute("organizations", choices.organizations());
		Workspace.ensure(model, "councilForm", CouncilForm.empty());
		Workspace.ensure(model, "memberForm", CouncilMemberForm.empty());
		Workspace.ensure(model, "releaseForm", ReleaseForm.empty());
		Workspace.ensure(model, "recommendationForm", RecommendationForm.empty());
		return VIEW;
	}

	private static String done(String messageKey, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", messageKey);
		return "redirect:/manage/councils";
	}

}
