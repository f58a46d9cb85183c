package kg.omb.documents.web;

import java.util.Arrays;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kg.omb.documents.discussion.DocumentComment;
import kg.omb.documents.discussion.PublicDiscussion;
import kg.omb.documents.discussion.ReportReason;
import kg.omb.shared.DomainException;
import kg.omb.shared.NotFoundException;

/**
 * Taking part in a document's discussion from its page (signed in): comments, replies, reports and, for the OMB's
 * chair or secretary, hiding a comment. Each answers with a redirect to the page and a message; a refused comment
 * or reply shows the page again with the text as typed and the reason.
 */
@Controller
class DiscussionController {

	private final PublicDiscussion discussion;

	private final DocumentPages pages;

	private final Participation participation;

	DiscussionController(PublicDiscussion discussion, DocumentPages pages, Participation participation) {
		this.discussion = discussion;
		this.pages = pages;
		this.participation = participation;
	}

	@PostMapping("/documents/{id}/comments")
	String postComment(@PathVariable long id, @ModelAttribute("commentForm") CommentForm form, Locale locale,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		pages.requirePublic(id);
		try {
			DocumentComment posted = discussion.comment(id, form.toNewComment());
			redirect.addFlashAttribute("flash", "documents.public.comment.posted");
			return "redirect:/documents/" + id + "#comment-" + posted.id();
		}
		catch (DomainException refused) {
			model.addAttribute("commentError", refused);
			return reshow(id, model, locale, response);
		}
	}

	@PostMapping("/documents/{id}/comments/{commentId}/replies")
	String postReply(@PathVariable long id, @PathVariable long commentId, @ModelAttribute("replyForm") ReplyForm form,
			Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		requireComment(id, commentId);
		try {
			DocumentComment reply = discussion.reply(commentId, form.text() == null ? "" : form.text(),
					CommentForm.stakeholder(form.stakeholder()), CommentForm.region(form.region()));
			redirect.addFlashAttribute("flash", "documents.public.reply.posted");
			return "redirect:/documents/" + id + "#comment-" + reply.id();
		}
		catch (DomainException refused) {
			model.addAttribute("replyTo", commentId);
			model.addAttribute("replyError", refused);
			return reshow(id, model, locale, response);
		}
	}

	@PostMapping("/documents/{id}/comments/{commentId}/reports")
	String report(@PathVariable long id, @PathVariable long commentId, ModerationForm form,
			RedirectAttributes redirect) {
		requireComment(id, commentId);
		try {
			ReportReason reason = Arrays.stream(ReportReason.values())
				.filter(value -> value.name().equals(form.reason()))
				.findFirst()
				.orElseThrow(() -> new DomainException("documents.public.error.report-reason"));
			discussion.report(commentId, reason);
			redirect.addFlashAttribute("flash", "documents.public.report.sent");
		}
		catch (DomainException refused) {
			refuse(redirect, refused);
		}
		return "redirect:/documents/" + id + "#comment-" + commentId;
	}

	/** Only the OMB's chair or secretary: anyone else is refused by the service (403). */
	@PostMapping("/documents/{id}/comments/{commentId}/hide")
	String hide(@PathVariable long id, @PathVariable long commentId, ModerationForm form, RedirectAttributes redirect) {
		requireComment(id, commentId);
		try {
			discussion.hide(commentId, form.reason() == null ? "" : form.reason());
			redirect.addFlashAttribute("flash", "documents.public.hide.done");
		}
		catch (DomainException refused) {
			refuse(redirect, refused);
		}
		return "redirect:/documents/" + id + "#comment-" + commentId;
	}

	private String reshow(long id, Model model, Locale locale, HttpServletResponse response) {
		DocumentPage page = pages.page(id, null, locale);
		model.addAttribute("page", page);
		model.addAttribute("workingGroup", pages.workingGroup(page.document()));
		participation.addTo(model, page, CommentForm.onClause(null), locale);
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return DocumentPageController.VIEW;
	}

	private void requireComment(long documentId, long commentId) {
		pages.requirePublic(documentId);
		if (discussion.thread(documentId).stream().noneMatch(comment -> comment.id() == commentId)) {
			throw new NotFoundException("documents.discussion.no-such-comment", commentId);
		}
	}

	private static void refuse(RedirectAttributes redirect, DomainException refused) {
		redirect.addFlashAttribute("errorKey", refused.messageKey());
		redirect.addFlashAttribute("errorArgs", refused.arguments());
	}

}
