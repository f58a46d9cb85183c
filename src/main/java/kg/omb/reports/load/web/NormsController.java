package kg.omb.reports.load.web;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kg.omb.directory.AuthorityView;
import kg.omb.reports.load.AcademicYear;
import kg.omb.reports.load.NormService;
import kg.omb.shared.DomainException;

/**
 * {@code /manage/teaching-load/norms}: the norms of the bodies the person sets them for, one body at a time
 * ({@code ?authority=}), each set editable, and a form for a set from a new academic year. A stale set or a
 * refused value says why and changes nothing.
 */
@Controller
@LoadConsole
class NormsController {

	static final String PAGE = "reports/load/norms";

	private final NormService norms;

	private final Clock clock;

	NormsController(NormService norms, Clock clock) {
		this.norms = norms;
		this.clock = clock;
	}

	@GetMapping("/manage/teaching-load/norms")
	String initNormsForm(@RequestParam(required = false) @Nullable Long authority,
			@RequestParam(required = false) @Nullable Integer year, Model model) {
		return page(model, authority, year, null);
	}

	@PostMapping("/manage/teaching-load/norms")
	String processNormsForm(@Valid @ModelAttribute("normsForm") NormsForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (!binding.hasErrors()) {
			try {
				norms.save(Objects.requireNonNull(form.authorityId()), Objects.requireNonNull(form.academicYear()),
						form.version(), form.hours());
				redirect.addFlashAttribute("flash", "load.norms.saved");
				return "redirect:/manage/teaching-load/norms?authority=" + form.authorityId() + "&year="
						+ form.academicYear();
			}
			catch (OptimisticLockingFailureException stale) {
				response.setStatus(HttpStatus.CONFLICT.value());
				binding.reject("load.norms.stale");
				return page(model, form.authorityId(), form.academicYear(), form);
			}
			catch (DomainException refused) {
				binding.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return page(model, form.authorityId(), form.academicYear(), form);
	}

	/** The body's sets, and the form for the year chosen: its set to change, or a new one. */
	private String page(Model model, @Nullable Long authority, @Nullable Integer year, @Nullable NormsForm form) {
		List<AuthorityView> authorities = norms.authorities();
		Long chosen = authority != null ? authority : authorities.isEmpty() ? null : authorities.get(0).id();
		List<NormService.NormSet> sets = chosen == null ? List.of() : norms.of(chosen);
		int academicYear = year != null ? year : AcademicYear.current(clock).startYear();
		model.addAttribute("authorities", authorities);
		model.addAttribute("authority", chosen);
		model.addAttribute("sets", sets);
		model.addAttribute("years", LoadYears.offered(clock));
		model.addAttribute("dates", new kg.omb.reports.load.LoadDates());
		if (form == null) {
			form = sets.stream()
				.filter(set -> set.academicYear().startYear() == academicYear)
				.findFirst()
				.map(NormsForm::of)
				.orElseGet(() -> NormsForm.empty(chosen, academicYear));
		}
		model.addAttribute("normsForm", form);
		return PAGE;
	}

}
