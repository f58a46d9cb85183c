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
 * preselects that clause in the comment form (without JavaScript too).
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
			@RequestParam(required = false) @Nullable String clause, Locale locale, Model model) {
		DocumentPage page = pages.page(id, compare, locale);
		model.addAttribute("page", page);
		participation.addTo(model, page, CommentForm.onClause(clause), locale);
		return VIEW;
	}

}
