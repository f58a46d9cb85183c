package kg.omb.meetings.web;

import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import kg.omb.meetings.domain.MeetingQueries;
import kg.omb.meetings.domain.MeetingService;
import kg.omb.meetings.domain.ScheduleMeeting;
import kg.omb.shared.Bishkek;
import kg.omb.shared.DomainException;

/** The person's meetings ({@code /manage/meetings}) and the form that schedules one in an OMB they organise. */
@Controller
@MeetingsConsole
class ManageMeetingsController {

	static final String VIEW = "meetings/manage/list";

	private final MeetingQueries queries;

	private final MeetingService meetings;

	ManageMeetingsController(MeetingQueries queries, MeetingService meetings) {
		this.queries = queries;
		this.meetings = meetings;
	}

	@GetMapping("/manage/meetings")
	String list(Model model) {
		model.addAttribute("scheduleForm", ScheduleForm.empty());
		return show(model);
	}

	@PostMapping("/manage/meetings")
	String schedule(@Valid @ModelAttribute("scheduleForm") ScheduleForm form, BindingResult binding, Model model,
			HttpServletResponse response) {
		if (!binding.hasErrors()) {
			try {
				long id = meetings.schedule(new ScheduleMeeting(Objects.requireNonNull(form.associationId()),
						form.sectionId(), Objects.requireNonNull(form.title()),
						Objects.requireNonNull(form.startsAt()).atZone(Bishkek.ZONE).toInstant(), form.place(),
						form.link()));
				return "redirect:/manage/meetings/" + id;
			}
			catch (DomainException refused) {
				binding.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return show(model);
	}

	private String show(Model model) {
		model.addAttribute("meetings", queries.mine());
		model.addAttribute("places", queries.places());
		return VIEW;
	}

}
