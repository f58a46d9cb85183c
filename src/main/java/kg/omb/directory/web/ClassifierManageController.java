package kg.omb.directory.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
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

import kg.omb.directory.ActIssuer;
import kg.omb.directory.ClassifierKind;
import kg.omb.directory.Directory;
import kg.omb.directory.EducationSector;
import kg.omb.directory.LegalActView;
import kg.omb.directory.LegalActs;
import kg.omb.directory.domain.ClassifierAdministration;
import kg.omb.directory.domain.DirectoryPermissions;
import kg.omb.directory.domain.DirectorySearch;
import kg.omb.shared.DomainException;
import kg.omb.shared.NotFoundException;

/**
 * Administrators and authority officers keep the classifier: new entries, new names and levels, retirement of a
 * code on a date and an act, new levels of training.
 */
@Controller
class ClassifierManageController {

	static final String LIST = "directory/manage/classifier";

	static final String NEW = "directory/manage/classifier-new";

	static final String EDIT = "directory/manage/classifier-edit";

	private static final Map<String, String> ENTRY_FIELDS = Map.ofEntries(
			Map.entry("classifier.error.duplicate-code", "code"), Map.entry("classifier.error.code-format", "code"),
			Map.entry("classifier.error.group-parent", "parentCode"),
			Map.entry("classifier.error.parent-required", "parentCode"),
			Map.entry("classifier.error.unknown-parent", "parentCode"),
			Map.entry("classifier.error.parent-kind", "parentCode"),
			Map.entry("classifier.error.retired-code", "parentCode"),
			Map.entry("classifier.error.own-parent", "parentCode"),
			Map.entry("classifier.error.levels-required", "levels"),
			Map.entry("classifier.error.unknown-level", "levels"),
			Map.entry("classifier.error.name-required", "nameKy"));

	private static final Map<String, String> RETIREMENT_FIELDS = Map.of(
			"classifier.error.retired-before-introduced", "retiredOn", "classifier.error.unknown-act", "actId",
			"classifier.error.retired-on-required", "retiredOn");

	private static final Map<String, String> LEVEL_FIELDS = Map.of("classifier.error.duplicate-level", "code",
			"classifier.error.level-code-format", "code");

	private final ClassifierAdministration administration;

	private final DirectorySearch search;

	private final Directory directory;

	private final LegalActs acts;

	private final DirectoryPermissions permissions;

	private final Clock clock;

	ClassifierManageController(ClassifierAdministration administration, DirectorySearch search, Directory directory,
			LegalActs acts, DirectoryPermissions permissions, Clock clock) {
		this.administration = administration;
		this.search = search;
		this.directory = directory;
		this.acts = acts;
		this.permissions = permissions;
		this.clock = clock;
	}

	@GetMapping("/manage/classifier")
	String list(Model model) {
		requireEditor();
		return showList(LevelForm.empty(), model);
	}

	@PostMapping("/manage/classifier/levels")
	String addLevel(@Valid @ModelAttribute("levelForm") LevelForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (binding.getTarget() == null) {
			model.addAttribute("formError", FormFailures.UNREADABLE);
			FormFailures.invalid(response);
			return showList(LevelForm.empty(), model);
		}
		if (binding.hasErrors()) {
			FormFailures.invalid(response);
			return showList(form, model);
		}
		try {
			administration.addLevel(form.code().strip(), FormFailures.text(form.nameKy(), form.nameRu(), form.nameEn()),
					form.sector());
			redirect.addFlashAttribute("flash", "classifier.level-added");
			return "redirect:/manage/classifier";
		}
		catch (DomainException refused) {
			FormFailures.refused(refused, binding, LEVEL_FIELDS, response);
			return showList(form, model);
		}
	}

	@GetMapping("/manage/classifier/new")
	String initCreationForm(Model model) {
		requireEditor();
		return showNew(ClassifierEntryForm.empty(today()), model);
	}

	@PostMapping("/manage/classifier")
	String processCreationForm(@Valid @ModelAttribute("form") ClassifierEntryForm form, BindingResult binding,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (binding.getTarget() == null) {
			model.addAttribute("formError", FormFailures.UNREADABLE);
			FormFailures.invalid(response);
			return showNew(ClassifierEntryForm.empty(today()), model);
		}
		LocalDate introduced = FormDates.read(form.introducedOn(), "introducedOn", true, binding);
		if (binding.hasErrors() || introduced == null) {
			FormFailures.invalid(response);
			return showNew(form, model);
		}
		try {
			administration.create(form.toData(introduced));
			redirect.addFlashAttribute("flash", "classifier.entry-created");
			return "redirect:/classifier/" + form.code().strip();
		}
		catch (DomainException refused) {
			FormFailures.refused(refused, binding, ENTRY_FIELDS, response);
			return showNew(form, model);
		}
	}

	@GetMapping("/manage/classifier/{code}/edit")
	String initUpdateForm(@PathVariable String code, Model model) {
		var editable = administration.editable(code);
		model.addAttribute("form", ClassifierEditForm.of(editable));
		model.addAttribute("retirement", RetirementForm.empty(editable.version()));
		return showEdit(code, model);
	}

	@PostMapping("/manage/classifier/{code}")
	String processUpdateForm(@PathVariable String code, @Valid @ModelAttribute("form") ClassifierEditForm form,
			BindingResult binding, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		var editable = administration.editable(code);
		model.addAttribute("retirement", RetirementForm.empty(editable.version()));
		if (binding.getTarget() == null || form.version() == null) {
			model.addAttribute("formError", FormFailures.UNREADABLE);
			model.addAttribute("form", ClassifierEditForm.of(editable));
			FormFailures.invalid(response);
			return showEdit(code, model);
		}
		if (binding.hasErrors()) {
			FormFailures.invalid(response);
			return showEdit(code, model);
		}
		try {
			administration.edit(code, form.version(), form.name(), form.levelCodes());
			redirect.addFlashAttribute("flash", "classifier.entry-updated");
			return "redirect:/classifier/" + code;
		}
		catch (OptimisticLockingFailureException stale) {
			FormFailures.stale(binding, response);
		}
		catch (NotFoundException notFound) {
			throw notFound;
		}
		catch (DomainException refused) {
			FormFailures.refused(refused, binding, ENTRY_FIELDS, response);
		}
		return showEdit(code, model);
	}

	@PostMapping("/manage/classifier/{code}/retire")
	String retire(@PathVariable String code, @ModelAttribute("retirement") RetirementForm form, BindingResult binding,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		var editable = administration.editable(code);
		model.addAttribute("form", ClassifierEditForm.of(editable));
		if (binding.getTarget() == null || form.version() == null) {
			model.addAttribute("retirement", RetirementForm.empty(editable.version()));
			model.addAttribute("formError", FormFailures.UNREADABLE);
			FormFailures.invalid(response);
			return showEdit(code, model);
		}
		LocalDate on = FormDates.read(form.retiredOn(), "retiredOn", true, binding);
		if (on == null) {
			FormFailures.invalid(response);
			return showEdit(code, model);
		}
		try {
			administration.retire(code, form.version(), on, form.actId());
			redirect.addFlashAttribute("flash", "classifier.entry-retired");
			return "redirect:/classifier/" + code;
		}
		catch (OptimisticLockingFailureException stale) {
			FormFailures.stale(binding, response);
		}
		catch (NotFoundException notFound) {
			throw notFound;
		}
		catch (DomainException refused) {
			FormFailures.refused(refused, binding, RETIREMENT_FIELDS, response);
		}
		return showEdit(code, model);
	}

	private String showList(LevelForm form, Model model) {
		if (model.getAttribute("levelForm") == null) {
			model.addAttribute("levelForm", form);
		}
		model.addAttribute("entries", search.classifier());
		model.addAttribute("levels", directory.levels());
		model.addAttribute("sectors", EducationSector.values());
		return LIST;
	}

	private String showNew(ClassifierEntryForm form, Model model) {
		if (model.getAttribute("form") == null) {
			model.addAttribute("form", form);
		}
		LocalDate today = today();
		model.addAttribute("kinds", ClassifierKind.values());
		model.addAttribute("levels", directory.levels());
		model.addAttribute("parents", search.classifier().stream()
			.filter(entry -> entry.kind() != ClassifierKind.SPECIALTY && entry.usableOn(today))
			.toList());
		return NEW;
	}

	private String showEdit(String code, Model model) {
		model.addAttribute("entry", directory.classifierEntry(code)
			.orElseThrow(() -> new NotFoundException("classifier.error.unknown-code", code)));
		model.addAttribute("levels", directory.levels());
		model.addAttribute("acts", authorityActs());
		return EDIT;
	}

	/** The acts of the authorized bodies, newest first: what retires a code. */
	private List<LegalActView> authorityActs() {
		return directory.authorities().stream()
			.flatMap(authority -> acts.issuedBy(ActIssuer.authority(authority.id())).stream())
			.sorted(Comparator.comparing(LegalActView::signedOn).reversed())
			.toList();
	}

	private void requireEditor() {
		if (!permissions.mayEditClassifier()) {
			throw new AccessDeniedException("directory.error.not-allowed");
		}
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), DirectoryDates.BISHKEK);
	}

}
