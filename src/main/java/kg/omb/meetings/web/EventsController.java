package kg.omb.meetings.web;

import java.util.Locale;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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

import kg.omb.meetings.domain.EventService;
import kg.omb.shared.Bishkek;
import kg.omb.shared.DomainException;

/**
 * Seminars and events (§11.5): public list and pages; registration, cancellation and the certificate for people
 * signed in; the organiser's form and attendance in the workspace.
 */
@Controller
@MeetingsConsole
class EventsController {

	private final EventService events;

	EventsController(EventService events) {
		this.events = events;
	}

	@GetMapping("/events")
	String list(Model model) {
		model.addAttribute("events", events.all());
		return "meetings/public/events";
	}

	@GetMapping("/events/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("event", events.event(id));
		return "meetings/public/event";
	}

	@PostMapping("/events/{id}/register")
	String register(@PathVariable long id, RedirectAttributes redirect) {
		return run(id, redirect, () -> redirect.addFlashAttribute("registered", events.register(id)));
	}

	@PostMapping("/events/{id}/cancel")
	String cancel(@PathVariable long id, RedirectAttributes redirect) {
		return run(id, redirect, () -> events.cancel(id));
	}

	@PostMapping("/events/{id}/attendance")
	String attendance(@PathVariable long id, @RequestParam long registration,
			@RequestParam(defaultValue = "false") boolean attended, RedirectAttributes redirect) {
		return run(id, redirect, () -> events.markAttended(id, registration, attended));
	}

	@GetMapping(path = "/events/{id}/certificate.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> certificate(@PathVariable long id, Locale locale) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("certificate-" + id + ".pdf").build().toString())
			.body(events.certificate(id, locale));
	}

	@GetMapping("/manage/events")
	String manage(Model model) {
		model.addAttribute("eventForm", EventForm.empty());
		model.addAttribute("places", events.organised());
		return "meetings/manage/events";
	}

	@PostMapping("/manage/events")
	String announce(@Valid @ModelAttribute("eventForm") EventForm form, BindingResult binding, Model model,
			HttpServletResponse response) {
		if (!binding.hasErrors()) {
			try {
				long id = events.announce(Objects.requireNonNull(form.associationId()),
						Objects.requireNonNull(form.title()), form.description(),
						Objects.requireNonNull(form.startsAt()).atZone(Bishkek.ZONE).toInstant(), form.place(),
						form.link(), Objects.requireNonNull(form.capacity()));
				return "redirect:/events/" + id;
			}
			catch (DomainException refused) {
				binding.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("places", events.organised());
		return "meetings/manage/events";
	}

	private static String run(long id, RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("done", true);
		}
		catch (DomainException refused) {
			redirect.addFlashAttribute("refusal", refused.messageKey());
			redirect.addFlashAttribute("refusalArguments", refused.arguments());
		}
		return "redirect:/events/" + id;
	}

}
