package kg.omb.meetings.web;

import java.util.Objects;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kg.omb.meetings.domain.WorkPlanService;
import kg.omb.shared.DomainException;

/**
 * The OMBs' annual work plans (§21) in the workspace: the list with each plan's progress, a plan with its items
 * (overdue ones marked), and what the secretary and the chair do with it.
 */
@Controller
@MeetingsConsole
class WorkPlansController {

	private final WorkPlanService plans;

	WorkPlansController(WorkPlanService plans) {
		this.plans = plans;
	}

	@GetMapping("/manage/plans")
	String list(Model model) {
		model.addAttribute("plans", plans.visible());
		model.addAttribute("editable", plans.editable());
		return "meetings/manage/plans";
	}

	@PostMapping("/manage/plans")
	String create(@RequestParam long associationId, @RequestParam int year, RedirectAttributes redirect) {
		try {
			return "redirect:/manage/plans/" + plans.create(associationId, year);
		}
		catch (DomainException refused) {
			redirect.addFlashAttribute("refusal", refused.messageKey());
			redirect.addFlashAttribute("refusalArguments", refused.arguments());
			return "redirect:/manage/plans";
		}
	}

	@GetMapping("/manage/plans/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("plan", plans.detail(id));
		if (!model.containsAttribute("itemForm")) {
			model.addAttribute("itemForm", new PlanItemForm(0, null, null, null, null));
		}
		return "meetings/manage/plan";
	}

	@PostMapping("/manage/plans/{id}/items")
	String addItem(@PathVariable long id, @Valid @ModelAttribute("itemForm") PlanItemForm form, BindingResult binding,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			redirect.addFlashAttribute("org.springframework.validation.BindingResult.itemForm", binding);
			redirect.addFlashAttribute("itemForm", form);
			return "redirect:/manage/plans/" + id;
		}
		return run(id, redirect, () -> plans.addItem(id, form.lock(), Objects.requireNonNull(form.activity()),
				Objects.requireNonNull(form.responsible()), Objects.requireNonNull(form.dueOn()),
				Objects.requireNonNull(form.expectedOutput())));
	}

	@PostMapping("/manage/plans/{id}/approve")
	String approve(@PathVariable long id, @RequestParam long lock, RedirectAttributes redirect) {
		return run(id, redirect, () -> plans.approve(id, lock));
	}

	@PostMapping("/manage/plans/{id}/items/{item}/done")
	String done(@PathVariable long id, @PathVariable long item,
			@RequestParam(required = false) @Nullable String fulfilledBy, RedirectAttributes redirect) {
		return run(id, redirect, () -> plans.complete(id, item, fulfilledBy));
	}

	private static String run(long id, RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("done", true);
		}
		catch (OptimisticLockingFailureException stale) {
			redirect.addFlashAttribute("refusal", "meetings.error.stale");
		}
		catch (DomainException refused) {
			redirect.addFlashAttribute("refusal", refused.messageKey());
			redirect.addFlashAttribute("refusalArguments", refused.arguments());
		}
		return "redirect:/manage/plans/" + id;
	}

}
