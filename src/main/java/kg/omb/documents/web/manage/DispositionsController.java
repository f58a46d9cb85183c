package kg.omb.documents.web.manage;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kg.omb.documents.ClauseView;
import kg.omb.documents.DocumentView;
import kg.omb.documents.Documents;
import kg.omb.documents.discussion.DispositionOutcome;
import kg.omb.documents.discussion.DocumentComment;
import kg.omb.documents.discussion.PublicDiscussion;
import kg.omb.shared.Strings;
import kg.omb.shared.html.RichText;

/**
 * The disposition of the comments ({@code /manage/documents/{id}/dispositions}): every comment that opens a
 * thread, those without a disposition first, each with a form for its outcome, justification and the clause of the
 * working version that changed. A disposition someone else gave meanwhile is not overwritten: the stale form is
 * refused with its reason. The chair and the secretary also see how often each comment was reported, and may show
 * only the reported threads, to hide what deserves it.
 */
@Controller
@DocumentsConsole
class DispositionsController {

	static final String VIEW = "documents/manage/dispositions";

	/** The filter ({@code ?filter=reported}) that shows the chair and the secretary only the threads someone reported. */
	static final String REPORTED = "reported";

	private final DraftingPage page;

	private final Documents documents;

	private final PublicDiscussion discussion;

	private final Seats seats;

	DispositionsController(DraftingPage page, Documents documents, PublicDiscussion discussion, Seats seats) {
		this.page = page;
		this.seats = seats;
		this.documents = documents;
		this.discussion = discussion;
	}

	@GetMapping("/manage/documents/{id}/dispositions")
	String show(@PathVariable long id, @RequestParam(required = false) @Nullable String filter, Model model) {
		DraftingPage.Seen seen = page.open(id, model);
		if (!seen.may().author()) {
			throw new AccessDeniedException("documents.discussion.forbidden");
		}
		DocumentView document = seen.document();
		List<ClauseView> clauses = documents.clauses(id, document.currentVersion());
		Map<String, ClauseView> byKey = clauses.stream()
			.collect(Collectors.toMap(ClauseView::key, Function.identity(), (a, b) -> a));
		List<DocumentComment> thread = discussion.thread(id);
		Map<Long, List<DocumentComment>> replies = thread.stream()
			.filter(comment -> comment.getParentId() != null && !comment.isHidden())
			.collect(Collectors.groupingBy(DocumentComment::getParentId));
		model.addAttribute("replies", replies);
		boolean moderates = seats.moderates(document);
		Map<Long, Long> reports = moderates ? discussion.reportCounts(id) : Map.of();
		Predicate<DocumentComment> reported = opener -> reports.containsKey(opener.id())
				|| replies.getOrDefault(opener.id(), List.of()).stream().anyMatch(reply -> reports.containsKey(reply.id()));
		List<DocumentComment> openers = thread.stream().filter(DocumentComment::needsDisposition).toList();
		boolean reportedOnly = moderates && REPORTED.equals(filter);
		List<DocumentComment> comments = openers.stream()
			.filter(opener -> !reportedOnly || reported.test(opener))
			.sorted(Comparator.comparing(DocumentComment::isDisposed))
			.toList();
		model.addAttribute("hidden", thread.stream()
			.filter(comment -> comment.getParentId() == null && comment.isHidden())
			.toList());
		model.addAttribute("moderates", moderates);
		model.addAttribute("reports", reports);
		model.addAttribute("reportedOnly", reportedOnly);
		model.addAttribute("reportedThreads", openers.stream().filter(reported).count());
		DraftingPage.ensure(model, "hideForm", StepForm.empty());
		model.addAttribute("comments", comments);
		model.addAttribute("clauses", clauses);
		model.addAttribute("clausesByKey", byKey);
		model.addAttribute("clauseLabels", clauses.stream()
			.collect(Collectors.toMap(ClauseView::key, DispositionsController::label, (a, b) -> a)));
		model.addAttribute("outcomes", DispositionOutcome.values());
		model.addAttribute("undisposed", discussion.undisposed(id));
		model.addAttribute("disposing", document.takesDispositions());
		DraftingPage.ensure(model, "dispositionForm", DispositionForm.empty());
		return VIEW;
	}

	/** The chair or the secretary hides a comment from the public with the reason its author is told. */
	@PostMapping("/manage/documents/{id}/comments/{commentId}/hide")
	String hide(@PathVariable long id, @PathVariable long commentId, @Valid @ModelAttribute("hideForm") StepForm form,
			BindingResult binding, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (Strings.blankToNull(form.reason()) == null && !binding.hasFieldErrors("reason")) {
			binding.rejectValue("reason", "documents.discussion.hide-reason-required");
		}
		if (Refusals.run(binding, response,
				() -> discussion.hide(commentId, Objects.requireNonNull(form.reason()).strip()))) {
			redirect.addFlashAttribute("flash", "documents.manage.comment.hidden");
			return "redirect:/manage/documents/" + id + "/dispositions";
		}
		model.addAttribute("failedHide", commentId);
		return show(id, null, model);
	}

	/** A clause in the list of changed clauses: its heading, or the start of its text. */
	static String label(ClauseView clause) {
		if (clause.heading() != null) {
			return clause.heading();
		}
		String text = RichText.plainText(clause.html());
		return text.length() <= 60 ? text : text.substring(0, 59) + "…";
	}

	@PostMapping("/manage/documents/{id}/dispositions/{commentId}")
	String dispose(@PathVariable long id, @PathVariable long commentId,
			@Valid @ModelAttribute("dispositionForm") DispositionForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (Refusals.run(binding, response, () -> discussion.dispose(commentId, Objects.requireNonNull(form.version()),
				Objects.requireNonNull(form.outcome()), Objects.requireNonNull(form.justification()).strip(),
				Strings.blankToNull(form.changedClauseKey())))) {
			redirect.addFlashAttribute("flash", "documents.manage.disposition.saved");
			return "redirect:/manage/documents/" + id + "/dispositions#comment-" + commentId;
		}
		model.addAttribute("failedComment", commentId);
		return show(id, null, model);
	}

}
