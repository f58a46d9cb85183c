package kg.omb.documents.web;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import kg.omb.review.ReviewRequests;

/**
 * The public page of one document: its text clause by clause, versions and their comparison
 * ({@code ?compare=1..2}), the discussion, the disposition table, the act and the timeline. {@code ?clause=key}
 * preselects that clause in the comment form (without JavaScript too). A long discussion shows a few threads per
 * clause, the rest page by page ({@code ?threads=<clause key or whole>&from=20}); a long disposition table a
 * hundred lines at a time ({@code ?dispositionsFrom=100}). A document approved with its expert review links the
 * published expert conclusion.
 */
@Controller
class DocumentPageController {

	static final String VIEW = "documents/public/document";

	static final String DOCUMENT_SUBJECT = "normative-document";

	private final DocumentPages pages;

	private final Participation participation;

	private final ReviewRequests reviews;

	DocumentPageController(DocumentPages pages, Participation participation, ReviewRequests reviews) {
		this.pages = pages;
		this.participation = participation;
		this.reviews = reviews;
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
		// published with the document once it is approved with its expert review, never before
		model.addAttribute("expertConclusion", reviews.publishedConclusion(DOCUMENT_SUBJECT, id).orElse(null));
		participation.addTo(model, page, CommentForm.onClause(clause), locale);
		return VIEW;
	}

}
