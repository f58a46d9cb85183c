package kg.omb.review.web;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kg.omb.review.Recommendation;
import kg.omb.review.domain.ReviewAssignment;
import kg.omb.review.domain.ReviewConclusions;
import kg.omb.review.domain.ReviewForm;
import kg.omb.review.domain.ReviewService;

/**
 * An expert's own invitations ({@code /reviews}) and each one's page: accept declaring no conflict of interest, or
 * decline with a reason; then, and only then, the subject and the review form. The expert conclusion's PDF is
 * read by the organisers, those who decide and the authors; its file name names nobody.
 */
@Controller
@ReviewConsole
class MyReviewsController {

	private final ReviewService reviews;

	private final ReviewConclusions conclusions;

	MyReviewsController(ReviewService reviews, ReviewConclusions conclusions) {
		this.reviews = reviews;
		this.conclusions = conclusions;
	}

	@GetMapping("/reviews")
	String mine(Model model) {
		model.addAttribute("tasks", reviews.myTasks());
		return "review/mine";
	}

	@GetMapping("/reviews/assignments/{id}")
	String task(@PathVariable long id, Model model) {
		model.addAttribute("task", reviews.task(id));
		model.addAttribute("recommendations", Recommendation.values());
		return "review/assignment";
	}

	@PostMapping("/reviews/assignments/{id}/accept")
	String accept(@PathVariable long id, @RequestParam long lock,
			@RequestParam(defaultValue = "false") boolean noConflict, RedirectAttributes redirect) {
		return ReviewPages.run(redirect, "/reviews/assignments/" + id, "review.page.task.accepted",
				() -> reviews.accept(id, lock, noConflict));
	}

	@PostMapping("/reviews/assignments/{id}/decline")
	String decline(@PathVariable long id, @RequestParam long lock, @RequestParam(defaultValue = "") String reason,
			@RequestParam(defaultValue = "false") boolean conflict, RedirectAttributes redirect) {
		if (reason.length() > 4000) {
			return refuse(redirect, id, "review.form.too-long");
		}
		return ReviewPages.run(redirect, "/reviews/assignments/" + id, "review.page.task.declined",
				() -> reviews.decline(id, lock, reason, conflict));
	}

	@PostMapping("/reviews/assignments/{id}/submit")
	String submit(@PathVariable long id, @RequestParam long lock,
			@RequestParam(name = "score", required = false) @Nullable List<String> scores,
			@RequestParam(name = "scoreComment", required = false) @Nullable List<String> scoreComments,
			@RequestParam(required = false) @Nullable Recommendation recommendation,
			@RequestParam(defaultValue = "") String comment, @RequestParam(required = false) @Nullable String remarks,
			RedirectAttributes redirect) {
		if (recommendation == null) {
			return refuse(redirect, id, "review.form.recommendation-required");
		}
		if (comment.length() > 10000 || remarks != null && remarks.length() > 10000) {
			return refuse(redirect, id, "review.form.too-long");
		}
		List<ReviewAssignment.Score> given = new ArrayList<>();
		List<String> values = scores == null ? List.of() : scores;
		for (int i = 0; i < values.size(); i++) {
			String note = scoreComments != null && i < scoreComments.size() ? scoreComments.get(i) : null;
			if (note != null && note.length() > 4000) {
				return refuse(redirect, id, "review.form.too-long");
			}
			try {
				given.add(new ReviewAssignment.Score(Integer.parseInt(values.get(i).strip()),
						note == null || note.isBlank() ? null : note.strip()));
			}
			catch (NumberFormatException notANumber) {
				return refuse(redirect, id, "review.error.scores-required");
			}
		}
		return ReviewPages.run(redirect, "/reviews/assignments/" + id, "review.page.task.submitted",
				() -> reviews.submit(id, lock, new ReviewForm(given, recommendation, comment, remarks)));
	}

	@GetMapping("/reviews/requests/{id}/conclusion.pdf")
	ResponseEntity<byte[]> conclusion(@PathVariable long id) {
		return ReviewPages.pdf(id, conclusions.conclusion(id));
	}

	private static String refuse(RedirectAttributes redirect, long id, String key) {
		redirect.addFlashAttribute("refusal", key);
		redirect.addFlashAttribute("refusalArguments", new Object[0]);
		return "redirect:/reviews/assignments/" + id;
	}

}
