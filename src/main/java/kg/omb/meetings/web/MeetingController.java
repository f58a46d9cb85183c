package kg.omb.meetings.web;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.dao.OptimisticLockingFailureException;
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

import kg.omb.documents.Documents;
import kg.omb.meetings.domain.Attendance;
import kg.omb.meetings.domain.Choice;
import kg.omb.meetings.domain.MeetingDetail;
import kg.omb.meetings.domain.MeetingQueries;
import kg.omb.meetings.domain.MeetingStatus;
import kg.omb.meetings.domain.MeetingService;
import kg.omb.meetings.domain.MinutesService;
import kg.omb.meetings.domain.NewAgendaItem;
import kg.omb.meetings.domain.QuorumRule;
import kg.omb.meetings.domain.Reply;
import kg.omb.meetings.domain.VotingService;
import kg.omb.shared.Bishkek;
import kg.omb.shared.DomainException;

/**
 * One meeting's page ({@code /manage/meetings/{id}}) and what is done on it: the agenda, replies, attendance and
 * quorum, the votes and the decisions. A refused action leaves the meeting as it was and says why at the top.
 */
@Controller
@MeetingsConsole
class MeetingController {

	static final String VIEW = "meetings/manage/meeting";

	private final MeetingQueries queries;

	private final MeetingService meetings;

	private final VotingService voting;

	private final MinutesService minutes;

	private final Documents documents;

	MeetingController(MeetingQueries queries, MeetingService meetings, VotingService voting,
			MinutesService minutes, Documents documents) {
		this.queries = queries;
		this.meetings = meetings;
		this.voting = voting;
		this.minutes = minutes;
		this.documents = documents;
	}

	@GetMapping("/manage/meetings/{id}")
	String show(@PathVariable long id, Model model) {
		MeetingDetail meeting = queries.detail(id);
		model.addAttribute("meeting", meeting);
		model.addAttribute("minutes", minutes.view(id));
		model.addAttribute("ombDocuments", meeting.organiser() && meeting.status() == MeetingStatus.SCHEDULED
				? documents.ofAssociation(meeting.associationId()) : List.of());
		model.addAttribute("attendances", Attendance.values());
		model.addAttribute("choices", Choice.values());
		if (!model.containsAttribute("itemForm")) {
			model.addAttribute("itemForm", new AgendaItemForm(0, null, null, null, null));
		}
		return VIEW;
	}

	@PostMapping("/manage/meetings/{id}/items")
	String addItem(@PathVariable long id, @Valid @ModelAttribute("itemForm") AgendaItemForm form,
			BindingResult binding, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			redirect.addFlashAttribute("org.springframework.validation.BindingResult.itemForm", binding);
			redirect.addFlashAttribute("itemForm", form);
			return back(id);
		}
		return run(id, redirect, () -> meetings.addItem(id, form.lock(), new NewAgendaItem(
				Objects.requireNonNull(form.title()), form.proposedDecision(), form.documentId(),
				form.documentVersion())));
	}

	@PostMapping("/manage/meetings/{id}/items/{item}/remove")
	String removeItem(@PathVariable long id, @PathVariable long item, @RequestParam long lock,
			RedirectAttributes redirect) {
		return run(id, redirect, () -> meetings.removeItem(id, lock, item));
	}

	@PostMapping("/manage/meetings/{id}/reply")
	String reply(@PathVariable long id, @RequestParam Reply reply, RedirectAttributes redirect) {
		return run(id, redirect, () -> meetings.reply(id, reply));
	}

	@PostMapping("/manage/meetings/{id}/open")
	String open(@PathVariable long id, @RequestParam long lock, RedirectAttributes redirect) {
		return run(id, redirect, () -> meetings.open(id, lock));
	}

	@PostMapping("/manage/meetings/{id}/close")
	String close(@PathVariable long id, @RequestParam long lock, RedirectAttributes redirect) {
		return run(id, redirect, () -> meetings.close(id, lock));
	}

	@PostMapping("/manage/meetings/{id}/cancel")
	String cancel(@PathVariable long id, @RequestParam long lock, RedirectAttributes redirect) {
		return run(id, redirect, () -> meetings.cancel(id, lock));
	}

	@PostMapping("/manage/meetings/{id}/attendance")
	String attendance(@PathVariable long id, @RequestParam long participant, @RequestParam Attendance attendance,
			RedirectAttributes redirect) {
		return run(id, redirect, () -> meetings.recordAttendance(id, participant, attendance));
	}

	@PostMapping("/manage/meetings/{id}/my-attendance")
	String myAttendance(@PathVariable long id, @RequestParam Attendance attendance, RedirectAttributes redirect) {
		return run(id, redirect, () -> meetings.markMyAttendance(id, attendance));
	}

	@PostMapping("/manage/meetings/{id}/items/{item}/vote/open")
	String openVote(@PathVariable long id, @PathVariable long item,
			@RequestParam(defaultValue = "false") boolean secret,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime absenteeUntil,
			RedirectAttributes redirect) {
		// the deadline is Bishkek time, as the organiser reads their clock
		return run(id, redirect, () -> voting.openVote(id, item, secret,
				absenteeUntil == null ? null : absenteeUntil.atZone(Bishkek.ZONE).toInstant()));
	}

	@PostMapping("/manage/meetings/{id}/items/{item}/vote")
	String cast(@PathVariable long id, @PathVariable long item, @RequestParam Choice choice,
			RedirectAttributes redirect) {
		return run(id, redirect, () -> voting.cast(id, item, choice));
	}

	@PostMapping("/manage/meetings/{id}/items/{item}/vote/close")
	String closeVote(@PathVariable long id, @PathVariable long item, RedirectAttributes redirect) {
		return run(id, redirect, () -> voting.closeVote(id, item));
	}

	@GetMapping(path = "/manage/meetings/{id}/minutes.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> minutesPdf(@PathVariable long id, Locale locale) {
		return DecisionsController.pdf(minutes.draftPdf(id, locale), id);
	}

	@PostMapping("/manage/meetings/{id}/minutes/sign")
	String signMinutes(@PathVariable long id, RedirectAttributes redirect) {
		return run(id, redirect, () -> minutes.sign(id));
	}

	@PostMapping("/manage/meetings/{id}/minutes/publish")
	String publishMinutes(@PathVariable long id, RedirectAttributes redirect) {
		return run(id, redirect, () -> minutes.publish(id));
	}

	@PostMapping("/manage/meetings/quorum")
	String quorum(@Valid @ModelAttribute QuorumForm form, BindingResult binding, @RequestParam long meeting,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			redirect.addFlashAttribute("refusal", "meetings.error.quorum-share");
			return back(meeting);
		}
		return run(meeting, redirect, () -> meetings.setQuorumRule(form.associationId(),
				new QuorumRule(form.numerator(), form.denominator(), form.strictlyMore()), form.absenteeVoting()));
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
		return back(id);
	}

	private static String back(long id) {
		return "redirect:/manage/meetings/" + id;
	}

}
