package kg.omb.surveys.web;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kg.omb.directory.Region;
import kg.omb.shared.LocalizedText;
import kg.omb.surveys.domain.Commands;
import kg.omb.surveys.domain.FieldKind;
import kg.omb.surveys.domain.FileKind;
import kg.omb.surveys.domain.FormColumn;
import kg.omb.surveys.domain.FormField;
import kg.omb.surveys.domain.FormRule;
import kg.omb.surveys.domain.OwnerType;
import kg.omb.surveys.domain.RuleKind;
import kg.omb.surveys.domain.SurveyService;

/** The requests' home, and designing and sending a template. */
@Controller
@SurveysConsole
class TemplatesController {

	private final SurveyService surveys;

	TemplatesController(SurveyService surveys) {
		this.surveys = surveys;
	}

	@GetMapping("/surveys")
	String home(Model model) {
		model.addAttribute("answers", surveys.myAnswers());
		model.addAttribute("templates", surveys.managedTemplates());
		model.addAttribute("owners", surveys.ownerOptions());
		return "surveys/home";
	}

	@PostMapping("/surveys/templates")
	String processCreationForm(@Valid Forms.TemplateForm form, BindingResult binding, RedirectAttributes redirect) {
		long[] created = { 0 };
		String outcome = Outcome.run(redirect, "/surveys", "surveys.template.created", binding, () -> {
			String[] owner = form.owner().split(":");
			if (owner.length != 2) {
				throw new kg.omb.shared.DomainException("surveys.form.owner-required");
			}
			created[0] = surveys.createTemplate(OwnerType.valueOf(owner[0]), Long.parseLong(owner[1]),
					new LocalizedText(form.titleKy(), form.titleRu(), form.titleEn()));
		});
		return created[0] == 0 ? outcome : "redirect:/surveys/templates/" + created[0];
	}

	@GetMapping("/surveys/templates/{id}")
	String template(@PathVariable long id, Model model) {
		model.addAttribute("template", surveys.template(id));
		model.addAttribute("rounds", surveys.rounds(id));
		model.addAttribute("fieldKinds", FieldKind.values());
		model.addAttribute("fileKinds", FileKind.values());
		model.addAttribute("defaultMaxSizeMb", FormField.DEFAULT_MAX_SIZE_MB);
		model.addAttribute("limitMaxSizeMb", FormField.LIMIT_MAX_SIZE_MB);
		model.addAttribute("ruleKinds", RuleKind.values());
		model.addAttribute("organizationKinds", SurveyService.teachingKinds());
		model.addAttribute("regions", Region.values());
		return "surveys/template";
	}

	@PostMapping("/surveys/templates/{id}/fields")
	String addField(@PathVariable long id, @Valid Forms.FieldForm form, BindingResult binding,
			RedirectAttributes redirect) {
		return Outcome.run(redirect, target(id), "surveys.template.changed", binding,
				() -> surveys.addField(id, form.version(), form.field()));
	}

	@PostMapping("/surveys/templates/{id}/columns")
	String addColumn(@PathVariable long id, @Valid Forms.ColumnForm form, BindingResult binding,
			RedirectAttributes redirect) {
		return Outcome.run(redirect, target(id), "surveys.template.changed", binding,
				() -> surveys.addColumn(id, form.version(),
						new FormColumn(form.code(), form.labelKy(), form.labelRu(), form.labelEn(), form.maximum())));
	}

	@PostMapping("/surveys/templates/{id}/rows")
	String addRows(@PathVariable long id, @Valid Forms.RowsForm form, BindingResult binding,
			RedirectAttributes redirect) {
		return Outcome.run(redirect, target(id), "surveys.template.changed", binding,
				() -> surveys.addSpecialty(id, form.version(), form.code()));
	}

	@PostMapping("/surveys/templates/{id}/rules")
	String addRule(@PathVariable long id, @Valid Forms.RuleForm form, BindingResult binding,
			RedirectAttributes redirect) {
		return Outcome.run(redirect, target(id), "surveys.template.changed", binding,
				() -> surveys.addRule(id, form.version(), new FormRule(form.kind(), form.left(), form.right())));
	}

	@PostMapping("/surveys/templates/{id}/remove")
	String remove(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String code,
			@RequestParam(required = false) String specialty, @RequestParam(required = false) Integer rule,
			RedirectAttributes redirect) {
		return Outcome.run(redirect, target(id), "surveys.template.changed", new org.springframework.validation.MapBindingResult(java.util.Map.of(), "remove"),
				() -> surveys.design(id, version, template -> {
					if (code != null) {
						template.removeField(code);
					}
					if (specialty != null) {
						template.removeSpecialty(specialty);
					}
					if (rule != null) {
						template.removeRule(rule);
					}
				}, "changed"));
	}

	@PostMapping("/surveys/templates/{id}/rounds")
	String send(@PathVariable long id, @Valid Forms.SendForm form, BindingResult binding,
			RedirectAttributes redirect) {
		return Outcome.run(redirect, target(id), "surveys.round.sent", binding,
				() -> surveys.send(id, form.version(),
						new Commands.SendRound(form.year(), form.deadline(),
								form.kinds() == null ? Set.of() : form.kinds(),
								form.regions() == null ? Set.of() : form.regions(), codes(form.specialties()))));
	}

	private static Set<String> codes(String text) {
		return text == null ? Set.of()
				: Arrays.stream(text.split("[,;\\s]+")).filter(code -> !code.isBlank()).collect(Collectors.toSet());
	}

	private static String target(long id) {
		return "/surveys/templates/" + id;
	}

}
