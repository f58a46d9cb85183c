package kg.omb.meetings.web;

import java.util.Comparator;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import kg.omb.association.AssociationView;
import kg.omb.association.Associations;
import kg.omb.meetings.domain.DecisionQueries;
import kg.omb.meetings.domain.DecisionView;
import kg.omb.meetings.domain.MinutesService;

/** The OMBs' decisions, public (§7, §10.7): the list by OMB and year, and each decision with its meeting and vote. */
@Controller
class DecisionsController {

	private final DecisionQueries decisions;

	private final Associations associations;

	private final MinutesService minutes;

	DecisionsController(DecisionQueries decisions, Associations associations, MinutesService minutes) {
		this.decisions = decisions;
		this.associations = associations;
		this.minutes = minutes;
	}

	@GetMapping("/decisions")
	String list(@RequestParam(required = false) @Nullable Long omb, @RequestParam(required = false) @Nullable Integer year,
			Model model) {
		Integer shownYear = year != null && year >= 1991 && year <= 9998 ? year : null;
		model.addAttribute("decisions", decisions.list(omb, shownYear));
		model.addAttribute("associations", associations.all()
			.stream()
			.sorted(Comparator.comparing(AssociationView::id))
			.toList());
		model.addAttribute("omb", omb);
		model.addAttribute("year", shownYear);
		model.addAttribute("years", decisions.years());
		return "meetings/public/decisions";
	}

	@GetMapping("/decisions/{id}")
	String show(@PathVariable long id, Model model) {
		DecisionView decision = decisions.detail(id);
		model.addAttribute("decision", decision);
		model.addAttribute("minutes", minutes.view(decision.meetingId()));
		return "meetings/public/decision";
	}

	/** The published minutes of a meeting, for anyone. */
	@GetMapping(path = "/minutes/{meetingId}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> publishedMinutes(@PathVariable long meetingId, Locale locale) {
		return pdf(minutes.publishedPdf(meetingId, locale), meetingId);
	}

	static ResponseEntity<byte[]> pdf(byte[] content, long meetingId) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
				.filename("minutes-" + meetingId + ".pdf")
				.build()
				.toString())
			.body(content);
	}

}
