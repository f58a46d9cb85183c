package kg.omb.review.web;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kg.omb.directory.Directory;
import kg.omb.directory.OrganizationView;
import kg.omb.review.Recommendation;
import kg.omb.review.domain.ExpertPool;
import kg.omb.review.domain.ExpertStatus;
import kg.omb.review.domain.PoolFilter;
import kg.omb.review.domain.ReviewService;

/**
 * The review desk of OMB chairs and secretaries ({@code /manage/reviews}): their OMBs' review requests; the pool,
 * searched by competence, organisation, language and load, with the applications awaiting a decision and the form
 * that invites someone; and each request's page with the ranked suggestions, the reasons of the conflict rules,
 * the invitations of every round and the decision. The services decide who may; a refusal is shown at the top.
 */
@Controller
@ReviewConsole
class ManageReviewsController {

	private final ReviewService reviews;

	private final ExpertPool pool;

	private final Directory directory;

	ManageReviewsController(ReviewService reviews, ExpertPool pool, Directory directory) {
		this.reviews = reviews;
		this.pool = pool;
		this.directory = directory;
	}

	@GetMapping("/manage/reviews")
	String desk(@RequestParam(required = false) @Nullable String specialty,
			@RequestParam(required = false) @Nullable Long organizationId,
			@RequestParam(required = false) @Nullable String language,
			@RequestParam(required = false) @Nullable Integer maxLoad,
			@RequestParam(required = false) @Nullable ExpertStatus status, Model model) {
		model.addAttribute("requests", reviews.organised());
		model.addAttribute("filter", new PoolFilter(specialty, organizationId, language, maxLoad, status));
		model.addAttribute("experts", pool.search(new PoolFilter(specialty, organizationId, language, maxLoad, status)));
		model.addAttribute("awaiting", pool.search(new PoolFilter(null, null, null, null, ExpertStatus.APPLIED)));
		model.addAttribute("invitedToPool", pool.search(new PoolFilter(null, null, null, null, ExpertStatus.INVITED)));
		model.addAttribute("statuses", ExpertStatus.values());
		organizations(model);
		if (!model.containsAttribute("inviteForm")) {
			model.addAttribute("inviteForm", ExpertProfileForm.empty());
		}
		return "review/manage/desk";
	}

	@PostMapping("/manage/reviews/experts/invite")
	String invite(@Valid @ModelAttribute("inviteForm") ExpertProfileForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (form.email() == null || form.email().isBlank()) {
			binding.rejectValue("email", "review.form.required");
		}
		if (binding.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return desk(null, null, null, null, null, model);
		}
		return ReviewPages.run(redirect, "/manage/reviews", "review.page.pool.invited",
				() -> pool.invite(Objects.requireNonNull(form.email()), form.profile()));
	}

	@PostMapping("/manage/reviews/experts/{id}/approve")
	String approve(@PathVariable long id, @RequestParam long lock, RedirectAttributes redirect) {
		return ReviewPages.run(redirect, "/manage/reviews", "review.page.pool.approved", () -> pool.approve(id, lock));
	}

	@PostMapping("/manage/reviews/experts/{id}/decline")
	String decline(@PathVariable long id, @RequestParam long lock, RedirectAttributes redirect) {
		return ReviewPages.run(redirect, "/manage/reviews", "review.page.pool.declined", () -> pool.decline(id, lock));
	}

	@GetMapping("/manage/reviews/{id}")
	String request(@PathVariable long id, Model model) {
		var detail = reviews.detail(id);
		if (!detail.organiser() && !detail.decider()) {
			throw new org.springframework.security.access.AccessDeniedException("review.error.not-allowed");
		}
		model.addAttribute("detail", detail);
		model.addAttribute("suggestions", detail.organiser() ? reviews.suggestions(id) : java.util.List.of());
		model.addAttribute("recommendations", Recommendation.values());
		organizations(model);
		return "review/manage/request";
	}

	@PostMapping("/manage/reviews/{id}/invite")
	String inviteReviewer(@PathVariable long id, @RequestParam long expertId,
			@RequestParam(required = false) @Nullable String justification, RedirectAttributes redirect) {
		return ReviewPages.run(redirect, "/manage/reviews/" + id, "review.page.request.invited",
				() -> reviews.invite(id, expertId, justification));
	}

	@PostMapping("/manage/reviews/{id}/withdraw")
	String withdraw(@PathVariable long id, @RequestParam long assignmentId, @RequestParam long lock,
			RedirectAttributes redirect) {
		return ReviewPages.run(redirect, "/manage/reviews/" + id, "review.page.request.withdrawn",
				() -> reviews.withdraw(assignmentId, lock));
	}

	@PostMapping("/manage/reviews/{id}/decide")
	String decide(@PathVariable long id, @RequestParam long lock,
			@RequestParam(required = false) @Nullable Recommendation decision,
			@RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
		if (decision == null) {
			redirect.addFlashAttribute("refusal", "review.form.decision-required");
			redirect.addFlashAttribute("refusalArguments", new Object[0]);
			return "redirect:/manage/reviews/" + id;
		}
		if (note != null && note.length() > 4000) {
			redirect.addFlashAttribute("refusal", "review.form.too-long");
			redirect.addFlashAttribute("refusalArguments", new Object[0]);
			return "redirect:/manage/reviews/" + id;
		}
		return ReviewPages.run(redirect, "/manage/reviews/" + id, "review.page.request.decided",
				() -> reviews.decide(id, lock, decision, note));
	}

	private void organizations(Model model) {
		var all = directory.organizations();
		model.addAttribute("organizations", all);
		Map<Long, OrganizationView> byId = all.stream().collect(Collectors.toMap(OrganizationView::id, Function.identity()));
		model.addAttribute("organizationsById", byId);
	}


}
