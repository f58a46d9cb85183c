package kg.omb.documents.web;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public page of one document: its text clause by clause, versions and their comparison
 * ({@code ?compare=1..2}), the discussion, the disposition table, the act and the timeline. {@code ?clause=key}
 * preselects that clause in the comment form (without JavaScript too). A long discussion shows a few threads per
 * clause, the rest page by page ({@code ?threads=<clause key or whole>&from=20}); a long disposition table a
 * hundred lines at a time ({@code ?dispositionsFrom=100}).
 */
@Controller
class DocumentPageController {

	static final String VIEW = "documents/public/document";

	private final DocumentPages pages;

	private final Participation participation;

	DocumentPageController(DocumentPages pages, Participation participation) {
		this.pages = pages;
		this.participation = participation;
	}

	@GetMapping("/documents/{id}")
	String showDocument(@PathVariable long id, @RequestParam(required = false) @Nullable String compare,
			@RequestParam(required = false) @Nullable String clause,
			@RequestParam(required = false) @Nullable String threads, @RequestParam(defaultValue = "0") int from,
			@RequestParam(defaultValue = "0") int dispositionsFrom, Locale locale, Model model) {
		DocumentPage page = pages.page(id, compare, new DocumentPages.Paging(threads, Math.max(0, from),
				Math.max(0, dispositionsFrom)), locale);
		model.addAttribute("page", page);
		model.addAttribute("workingGroup", pages.workingGroup(page.document()));
		participation.addTo(model, page, CommentForm.onClause(clause), locale);
		return VIEW;
	}

}
