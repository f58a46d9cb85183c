package kg.omb.reports.web;

import java.time.Clock;
import java.util.Locale;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kg.omb.reports.domain.Oversight;
import kg.omb.reports.domain.ReportDetails;
import kg.omb.reports.domain.ReportService;
import kg.omb.shared.Bishkek;
import kg.omb.shared.DomainException;

/**
 * The reports workspace: {@code /manage/reports} lists the reports of the person's OMBs and opens one for a year;
 * {@code /manage/reports/{id}} shows it with its figures as of today, the chair's form for the narrative parts
 * and the steps of approval and publication. A stale page or a refused step says why and changes nothing.
 */
@Controller
@ReportsConsole
class ManageReportsController {

	static final String LIST = "reports/manage/list";

	static final String EDIT = "reports/manage/edit";

	private final ReportService reports;

	private final Oversight oversight;

	private final MessageSource messages;

	private final Clock clock;

	ManageReportsController(ReportService reports, Oversight oversight, MessageSource messages, Clock clock) {
		this.reports = reports;
		this.oversight = oversight;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/manage/reports")
	String list(Model model) {
		return listPage(model, new OpenReportForm(null, Bishkek.today(clock).getYear()));
	}

	@PostMapping("/manage/reports")
	String open(@Valid @ModelAttribute("openForm") OpenReportForm form, BindingResult binding, Model model,
			HttpServletResponse response) {
		if (!binding.hasErrors()) {
			try {
				long id = reports.open(Objects.requireNonNull(form.associationId()),
						Objects.requireNonNull(form.year()));
				return "redirect:/manage/reports/" + id;
			}
			catch (DomainException refused) {
				binding.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return listPage(model, form);
	}

	@GetMapping("/manage/reports/{id}")
	String initUpdateForm(@PathVariable long id, Locale locale, Model model) {
		return editPage(id, locale, model, null);
	}

	@PostMapping("/manage/reports/{id}")
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("narrativeForm") NarrativeForm form,
			BindingResult binding, Locale locale, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		if (!binding.hasErrors()) {
			try {
				reports.editNarrative(id, lock(form.version()), form.introduction(), form.conclusions(),
						form.plans());
				return done(id, "reports.manage.saved", redirect);
			}
			catch (OptimisticLockingFailureException stale) {
				response.setStatus(HttpStatus.CONFLICT.value());
				binding.reject("reports.manage.stale");
				return editPage(id, locale, model, form);
			}
			catch (DomainException refused) {
				binding.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return editPage(id, locale, model, form);
	}

	@PostMapping("/manage/reports/{id}/approve")
	String approve(@PathVariable long id, @RequestParam @Nullable Long version, Locale locale, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return step(id, locale, model, redirect, response, "reports.manage.approved",
				() -> reports.approve(id, lock(version)));
	}

	@PostMapping("/manage/reports/{id}/reopen")
	String reopen(@PathVariable long id, @RequestParam @Nullable Long version, Locale locale, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return step(id, locale, model, redirect, response, "reports.manage.reopened",
				() -> reports.reopen(id, lock(version)));
	}

	@PostMapping("/manage/reports/{id}/publish")
	String publish(@PathVariable long id, @RequestParam @Nullable Long version, Locale locale, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return step(id, locale, model, redirect, response, "reports.manage.published",
				() -> reports.publish(id, lock(version)));
	}

	@GetMapping("/manage/reports/{id}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, Locale locale) {
		ReportDetails report = reports.forReading(id);
		return ReportPages.pdf(reports.draftPdf(id, locale), report, locale);
	}

	private String listPage(Model model, OpenReportForm form) {
		model.addAttribute("reports", reports.workspace());
		model.addAttribute("ombs", reports.openable());
		model.addAttribute("oversees", oversight.available());
		model.addAttribute("thisYear", Bishkek.today(clock).getYear());
		if (!model.containsAttribute("openForm")) {
			model.addAttribute("openForm", form);
		}
		return LIST;
	}

	private String editPage(long id, Locale locale, Model model, @Nullable NarrativeForm form) {
		ReportDetails report = reports.forReading(id);
		boolean chairs = reports.chairs(id);
		model.addAttribute("report", report);
		model.addAttribute("title", ReportPages.title(messages, report, locale));
		model.addAttribute("chairs", chairs);
		model.addAttribute("publishedOn", report.publishedAt() == null ? null : ReportPages.day(report.publishedAt()));
		model.addAttribute("approvedOn", report.approvedAt() == null ? null : ReportPages.day(report.approvedAt()));
		if (!model.containsAttribute("narrativeForm")) {
			model.addAttribute("narrativeForm", form == null ? NarrativeForm.of(report) : form);
		}
		return EDIT;
	}

	private String step(long id, Locale locale, Model model, RedirectAttributes redirect,
			HttpServletResponse response, String done, Runnable action) {
		try {
			action.run();
			return done(id, done, redirect);
		}
		catch (OptimisticLockingFailureException stale) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("refusal", "reports.manage.stale");
			model.addAttribute("refusalArguments", new Object[0]);
		}
		catch (DomainException refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("refusal", refused.messageKey());
			model.addAttribute("refusalArguments", refused.arguments());
		}
		return editPage(id, locale, model, null);
	}

	private static long lock(@Nullable Long version) {
		if (version == null) {
			throw new DomainException("reports.manage.form.stale-page");
		}
		return version;
	}

	private static String done(long id, String key, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", key);
		return "redirect:/manage/reports/" + id;
	}

}
