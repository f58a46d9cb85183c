package kg.omb.documents.web.manage;

import java.io.IOException;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kg.omb.documents.ClauseEdit;
import kg.omb.documents.ClauseView;
import kg.omb.documents.DocumentView;
import kg.omb.documents.Documents;
import kg.omb.shared.DomainException;
import kg.omb.shared.NotFoundException;
import kg.omb.shared.Strings;

/**
 * The drafting workspace of a document ({@code /manage/documents/{id}}): its working version part by part, parts
 * added, edited in place (htmx, or the whole page without it) and removed, the text replaced from a Word file,
 * the version published with a summary of changes and a new version started. Two authors saving the same part:
 * the second is told, sees the other's text and keeps what they typed in the form.
 */
@Controller
@DocumentsConsole
class DraftingController {

	private final DraftingPage page;

	private final Documents documents;

	DraftingController(DraftingPage page, Documents documents) {
		this.page = page;
		this.documents = documents;
	}

	@GetMapping("/manage/documents/{id}")
	String show(@PathVariable long id, @RequestParam(name = "edit", required = false) @Nullable Long edit,
			Model model) {
		if (edit != null) {
			DocumentView document = documents.find(id)
				.orElseThrow(() -> new NotFoundException("documents.error.not-found", id));
			ClauseView clause = page.clause(id, document.currentVersion(), edit);
			if (clause != null) {
				model.addAttribute("editing", clause.id());
				model.addAttribute("editForm", ClauseForm.of(clause));
			}
		}
		return page.show(id, model);
	}

	/** The in-place editor of one part, for htmx; without it the whole page opens with that part in its editor. */
	@GetMapping("/manage/documents/{id}/clauses/{clauseId}/edit")
	String edit(@PathVariable long id, @PathVariable long clauseId,
			@RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx, Model model) {
		if (!htmx) {
			return "redirect:/manage/documents/" + id + "?edit=" + clauseId + "#clause-" + clauseId;
		}
		DocumentView document = page.open(id, model).document();
		ClauseView clause = required(page.clause(id, document.currentVersion(), clauseId), clauseId);
		model.addAttribute("clause", clause);
		model.addAttribute("editForm", ClauseForm.of(clause));
		model.addAttribute("levels", kg.omb.documents.ClauseLevel.values());
		return DraftingPage.FRAGMENTS + " :: clause-editor";
	}

	/** One part as it reads, for htmx (cancelling an edit). */
	@GetMapping("/manage/documents/{id}/clauses/{clauseId}")
	String clause(@PathVariable long id, @PathVariable long clauseId,
			@RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx, Model model) {
		if (!htmx) {
			return "redirect:/manage/documents/" + id + "#clause-" + clauseId;
		}
		DocumentView document = page.open(id, model).document();
		model.addAttribute("clause", required(page.clause(id, document.currentVersion(), clauseId), clauseId));
		model.addAttribute("editable", document.status().isEditable() && !document.currentVersionPublished());
		return DraftingPage.FRAGMENTS + " :: clause";
	}

	@PostMapping("/manage/documents/{id}/clauses")
	String add(@PathVariable long id, @Valid @ModelAttribute("clauseForm") ClauseForm form, BindingResult binding,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		ClauseView[] added = new ClauseView[1];
		if (Refusals.run(binding, response, () -> added[0] = documents.addClause(id, edit(form, form.position())))) {
			return DraftingPage.done(id, "clause-" + added[0].id(), "documents.manage.clause.added", redirect);
		}
		model.addAttribute(DraftingPage.FAILED, "clauseForm");
		return page.show(id, model);
	}

	@PostMapping("/manage/documents/{id}/clauses/{clauseId}")
	String save(@PathVariable long id, @PathVariable long clauseId,
			@Valid @ModelAttribute("editForm") ClauseForm form, BindingResult binding,
			@RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		DocumentView document = page.open(id, model).document();
		ClauseView saved = null;
		if (binding.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			if (binding.hasFieldErrors("lock")) {
				binding.reject("documents.manage.form.stale-page");
			}
		}
		else if (form.lock() == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			binding.reject("documents.manage.form.stale-page");
		}
		else {
			try {
				saved = documents.editClause(id, clauseId, form.lock(), edit(form, null));
			}
			catch (OptimisticLockingFailureException stale) {
				response.setStatus(HttpStatus.CONFLICT.value());
				ClauseView theirs = required(page.clause(id, document.currentVersion(), clauseId), clauseId);
				model.addAttribute("theirs", theirs);
				model.addAttribute("editForm", form.over(theirs));
				binding = new org.springframework.validation.BeanPropertyBindingResult(form.over(theirs), "editForm");
				binding.reject("documents.manage.clause.saved-meanwhile");
				model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "editForm", binding);
			}
			catch (DomainException refused) {
				response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
				binding.reject(refused.messageKey(), Refusals.readable(refused.arguments()), refused.messageKey());
			}
		}
		if (saved != null) {
			if (htmx) {
				model.addAttribute("clause", saved);
				model.addAttribute("editable", true);
				return DraftingPage.FRAGMENTS + " :: clause";
			}
			return DraftingPage.done(id, "clause-" + clauseId, "documents.manage.clause.saved", redirect);
		}
		model.addAttribute("editing", clauseId);
		ClauseView current = required(page.clause(id, document.currentVersion(), clauseId), clauseId);
		DraftingPage.ensure(model, "editForm", ClauseForm.of(current));
		if (htmx) {
			model.addAttribute("clause", current);
			model.addAttribute("levels", kg.omb.documents.ClauseLevel.values());
			return DraftingPage.FRAGMENTS + " :: clause-editor";
		}
		return page.show(id, model);
	}

	@PostMapping("/manage/documents/{id}/clauses/{clauseId}/remove")
	String remove(@PathVariable long id, @PathVariable long clauseId,
			@ModelAttribute("removeForm") StepForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (Refusals.run(binding, response,
				() -> documents.removeClause(id, clauseId, Objects.requireNonNull(form.lock())))) {
			return DraftingPage.done(id, "text", "documents.manage.clause.removed", redirect);
		}
		model.addAttribute(DraftingPage.FAILED, "removeForm");
		return page.show(id, model);
	}

	@PostMapping("/manage/documents/{id}/import")
	String importDocx(@PathVariable long id, @Valid @ModelAttribute("importForm") StepForm form,
			BindingResult binding, @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (file == null || file.isEmpty()) {
			binding.reject("documents.manage.import.no-file");
		}
		if (Refusals.run(binding, response, () -> documents.importDocx(id, Objects.requireNonNull(form.lock()),
				fileName(file), bytes(file)))) {
			return DraftingPage.done(id, "text", "documents.manage.import.done", redirect);
		}
		model.addAttribute(DraftingPage.FAILED, "importForm");
		return page.show(id, model);
	}

	/** The chair or secretary names the working group whose participants draft the document (§15), or none. */
	@PostMapping("/manage/documents/{id}/working-group")
	String workingGroup(@PathVariable long id, @Valid @ModelAttribute("workingGroupForm") StepForm form,
			BindingResult binding, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (Refusals.run(binding, response, () -> documents.assignWorkingGroup(id, Objects.requireNonNull(form.lock()),
				form.workingGroupId()))) {
			return DraftingPage.done(id, "overview", "documents.manage.working-group.saved", redirect);
		}
		model.addAttribute(DraftingPage.FAILED, "workingGroupForm");
		return page.show(id, model);
	}

	@PostMapping("/manage/documents/{id}/publish")
	String publish(@PathVariable long id, @Valid @ModelAttribute("publishForm") StepForm form, BindingResult binding,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (Refusals.run(binding, response, () -> documents.publishVersion(id, Objects.requireNonNull(form.lock()),
				Strings.blankToNull(form.summary())))) {
			return DraftingPage.done(id, "versions", "documents.manage.version.published", redirect);
		}
		model.addAttribute(DraftingPage.FAILED, "publishForm");
		return page.show(id, model);
	}

	@PostMapping("/manage/documents/{id}/versions")
	String startVersion(@PathVariable long id, @Valid @ModelAttribute("newVersionForm") StepForm form,
			BindingResult binding, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (Refusals.run(binding, response, () -> documents.startNewVersion(id, Objects.requireNonNull(form.lock()),
				Strings.blankToNull(form.summary())))) {
			return DraftingPage.done(id, "text", "documents.manage.version.started", redirect);
		}
		model.addAttribute(DraftingPage.FAILED, "newVersionForm");
		return page.show(id, model);
	}

	private static ClauseEdit edit(ClauseForm form, @Nullable Integer position) {
		String number = form.number() == null ? "" : form.number().strip();
		return new ClauseEdit(number, Objects.requireNonNull(form.level()), Strings.blankToNull(form.heading()),
				form.html() == null ? "" : form.html(), position);
	}

	private static ClauseView required(@Nullable ClauseView clause, long clauseId) {
		if (clause == null) {
			throw new NotFoundException("documents.error.clause-not-found", clauseId);
		}
		return clause;
	}

	private static String fileName(@Nullable MultipartFile file) {
		String name = file == null ? null : file.getOriginalFilename();
		return name == null || name.isBlank() ? "document.docx" : name;
	}

	private static byte[] bytes(@Nullable MultipartFile file) {
		try {
			return Objects.requireNonNull(file).getBytes();
		}
		catch (IOException unreadable) {
			throw new DomainException("documents.docx.unreadable");
		}
	}

}
