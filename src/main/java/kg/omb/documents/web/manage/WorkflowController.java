package kg.omb.documents.web.manage;

import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kg.omb.documents.Documents;
import kg.omb.documents.ExpertReviewOrder;
import kg.omb.shared.Strings;

/**
 * The workflow steps on the document's workspace: the authors open and close the public discussion and send the
 * draft to review; the chair or secretary asks for the expert review (the chair may also pass the step,
 * recording that no review was performed), the chair submits to the authority, records the OMB's decision or returns it with remarks; whoever decides
 * approves citing an act, returns with remarks or repeals. The service decides who may; a refusal is shown on the
 * form and changes nothing.
 */
@Controller
@DocumentsConsole
class WorkflowController {

	private static final String STEPS = "workflow";

	private final DraftingPage page;

	private final Documents documents;

	WorkflowController(DraftingPage page, Documents documents) {
		this.page = page;
		this.documents = documents;
	}

	@PostMapping("/manage/documents/{id}/discussion/open")
	String open(@PathVariable long id, @Valid @ModelAttribute("openForm") StepForm form, BindingResult binding,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (form.closesOn() == null && !binding.hasFieldErrors("closesOn")) {
			binding.rejectValue("closesOn", "documents.manage.form.closes-on.required");
		}
		return step(id, binding, response, model, redirect, "documents.manage.discussion.opened",
				() -> documents.openDiscussion(id, lock(form), Objects.requireNonNull(form.closesOn())));
	}

	@PostMapping("/manage/documents/{id}/discussion/close")
	String close(@PathVariable long id, @Valid @ModelAttribute("closeForm") StepForm form, BindingResult binding,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return step(id, binding, response, model, redirect, "documents.manage.discussion.closed",
				() -> documents.closeDiscussion(id, lock(form)));
	}

	@PostMapping("/manage/documents/{id}/review")
	String review(@PathVariable long id, @Valid @ModelAttribute("reviewForm") StepForm form, BindingResult binding,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return step(id, binding, response, model, redirect, "documents.manage.review.sent",
				() -> documents.sendToReview(id, lock(form)));
	}

	@PostMapping("/manage/documents/{id}/expert-review")
	String expertReview(@PathVariable long id, @Valid @ModelAttribute("expertForm") StepForm form,
			BindingResult binding, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return step(id, binding, response, model, redirect, "documents.manage.expert-review.passed",
				() -> documents.passExpertReview(id, lock(form)));
	}

	@PostMapping("/manage/documents/{id}/expert-review/request")
	String requestExpertReview(@PathVariable long id, @Valid @ModelAttribute("expertRequestForm") ExpertReviewForm form,
			BindingResult binding, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return step(id, binding, response, model, redirect, "documents.manage.expert-review.requested",
				() -> documents.requestExpertReview(id, Objects.requireNonNull(form.lock()),
						new ExpertReviewOrder(Objects.requireNonNull(form.reviewers()),
								Objects.requireNonNull(form.mode()), Objects.requireNonNull(form.answerBy()),
								Objects.requireNonNull(form.submitBy()))));
	}

	@PostMapping("/manage/documents/{id}/submit")
	String submit(@PathVariable long id, @Valid @ModelAttribute("submitForm") StepForm form, BindingResult binding,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return step(id, binding, response, model, redirect, "documents.manage.submitted",
				() -> documents.submitToAuthority(id, lock(form)));
	}

	@PostMapping("/manage/documents/{id}/approve")
	String approve(@PathVariable long id, @Valid @ModelAttribute("approveForm") StepForm form, BindingResult binding,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		requireAct(form, binding);
		return step(id, binding, response, model, redirect, "documents.manage.approved",
				() -> documents.approve(id, lock(form), Objects.requireNonNull(form.actId())));
	}

	@PostMapping("/manage/documents/{id}/adopt")
	String adopt(@PathVariable long id, @Valid @ModelAttribute("adoptForm") StepForm form, BindingResult binding,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return step(id, binding, response, model, redirect, "documents.manage.adopted",
				() -> documents.adoptByOmbDecision(id, lock(form), form.actId()));
	}

	@PostMapping("/manage/documents/{id}/repeal")
	String repeal(@PathVariable long id, @Valid @ModelAttribute("repealForm") StepForm form, BindingResult binding,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		requireAct(form, binding);
		return step(id, binding, response, model, redirect, "documents.manage.repealed",
				() -> documents.repeal(id, lock(form), Objects.requireNonNull(form.actId()),
						Strings.blankToNull(form.reason())));
	}

	@PostMapping("/manage/documents/{id}/return")
	String returnForRevision(@PathVariable long id, @Valid @ModelAttribute("returnForm") StepForm form,
			BindingResult binding, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (Strings.blankToNull(form.reason()) == null && !binding.hasFieldErrors("reason")) {
			binding.rejectValue("reason", "documents.error.remarks-required");
		}
		return step(id, binding, response, model, redirect, "documents.manage.returned",
				() -> documents.returnForRevision(id, lock(form), Objects.requireNonNull(form.reason()).strip()));
	}

	private String step(long id, BindingResult binding, HttpServletResponse response, Model model,
			RedirectAttributes redirect, String done, Runnable action) {
		if (Refusals.run(binding, response, action)) {
			return DraftingPage.done(id, STEPS, done, redirect);
		}
		model.addAttribute(DraftingPage.FAILED, binding.getObjectName());
		return page.show(id, model);
	}

	private static void requireAct(StepForm form, BindingResult binding) {
		if (form.actId() == null && !binding.hasFieldErrors("actId")) {
			binding.rejectValue("actId", "documents.manage.form.act.required");
		}
	}

	private static long lock(StepForm form) {
		return Objects.requireNonNull(form.lock());
	}

}
