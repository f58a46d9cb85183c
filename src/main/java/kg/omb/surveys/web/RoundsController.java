package kg.omb.surveys.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kg.omb.shared.Bishkek;
import kg.omb.shared.NotFoundException;
import kg.omb.shared.table.TableFormat;
import kg.omb.shared.table.TableWriter;
import kg.omb.surveys.domain.AnswerStatus;
import kg.omb.surveys.domain.Consolidation;
import kg.omb.surveys.domain.Consolidation.Line;
import kg.omb.surveys.domain.Consolidation.RoundTotals;
import kg.omb.surveys.domain.FormColumn;
import kg.omb.surveys.domain.SurveyService;
import kg.omb.surveys.domain.Views.AnswerView;
import kg.omb.surveys.domain.Views.AttachedFile;
import kg.omb.surveys.domain.Views.RoundView;

/** A round: who has answered and who has not, closing it, and its consolidated totals on the page and as XLSX or CSV. */
@Controller
@SurveysConsole
class RoundsController {

	/** The lines of each table the page shows; every line is in the XLSX and CSV export. */
	static final int PAGE_LINES = 100;

	private final SurveyService surveys;

	private final Consolidation consolidation;

	private final MessageSource messages;

	private final Clock clock;

	RoundsController(SurveyService surveys, Consolidation consolidation, MessageSource messages, Clock clock) {
		this.surveys = surveys;
		this.consolidation = consolidation;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/surveys/rounds/{id}")
	String round(@PathVariable long id, Model model) {
		List<AnswerView> answers = surveys.answersOf(id);
		RoundView round = surveys.round(id);
		model.addAttribute("round", round);
		model.addAttribute("answers", answers);
		model.addAttribute("waiting", answers.stream()
			.filter(answer -> answer.status() != AnswerStatus.SUBMITTED && answer.status() != AnswerStatus.ACCEPTED)
			.toList());
		model.addAttribute("beforeDeadline", !Bishkek.today(clock).isAfter(round.deadline()));
		return "surveys/round";
	}

	/** Closing is confirmed on the form: the round then takes no more answers. */
	@PostMapping("/surveys/rounds/{id}/close")
	String close(@PathVariable long id, @RequestParam long version,
			@RequestParam(defaultValue = "false") boolean confirmed, RedirectAttributes redirect) {
		MapBindingResult binding = new MapBindingResult(Map.of(), "close");
		if (!confirmed) {
			binding.reject("confirm", "surveys.round.close-confirm-required");
		}
		return Outcome.run(redirect, "/surveys/rounds/" + id, "surveys.round.closed-done", binding,
				() -> surveys.closeRound(id, version));
	}

	@GetMapping("/surveys/rounds/{id}/consolidated")
	String consolidated(@PathVariable long id, Model model, Locale locale) {
		RoundTotals totals = consolidation.of(id);
		model.addAttribute("totals", totals);
		Map<String, List<Line>> parts = new java.util.LinkedHashMap<>();
		parts.put("rows", totals.rows());
		parts.put("byLevel", totals.byLevel());
		parts.put("byRegion", totals.byRegion());
		parts.put("byOrganization", totals.byOrganization());
		parts.put("years", totals.years());
		Map<String, List<Line>> shown = new java.util.LinkedHashMap<>();
		parts.forEach((part, lines) -> shown.put(part, lines.subList(0, Math.min(lines.size(), PAGE_LINES))));
		model.addAttribute("parts", parts);
		model.addAttribute("shown", shown);
		model.addAttribute("regionChart", Charts.bars(totals.byRegion(), totals.template().definition().columns(),
				line -> text("surveys.region." + line.key(), locale), locale));
		model.addAttribute("levelChart", Charts.bars(totals.byLevel(), totals.template().definition().columns(),
				line -> line.name().in(locale), locale));
		model.addAttribute("yearChart", Charts.bars(totals.years(), totals.template().definition().columns(),
				Line::key, locale));
		return "surveys/consolidated";
	}

	@GetMapping("/surveys/rounds/{id}/consolidated.{extension}")
	ResponseEntity<byte[]> export(@PathVariable long id, @PathVariable String extension, Locale locale)
			throws IOException {
		TableFormat format = TableFormat.ofExtension(extension)
			.orElseThrow(() -> new NotFoundException("surveys.error.round-not-found"));
		RoundTotals totals = consolidation.of(id);
		List<FormColumn> columns = totals.template().definition().columns();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (TableWriter writer = TableWriter.of(format, out, "consolidated")) {
			List<String> header = new ArrayList<>(List.of(text("surveys.export.part", locale),
					text("surveys.export.code", locale), text("surveys.export.name", locale),
					text("surveys.export.detail", locale)));
			columns.forEach(column -> header.add(column.label().in(locale)));
			writer.row(header);
			write(writer, text("surveys.consolidated.by-row", locale), totals.rows(), columns, locale);
			write(writer, text("surveys.consolidated.by-level", locale), totals.byLevel(), columns, locale);
			write(writer, text("surveys.consolidated.by-region", locale), totals.byRegion(), columns, locale);
			write(writer, text("surveys.consolidated.by-organization", locale), totals.byOrganization(), columns,
					locale);
			write(writer, text("surveys.consolidated.by-year", locale), totals.years(), columns, locale);
			String files = text("surveys.consolidated.files", locale);
			for (AttachedFile attached : totals.files()) {
				writer.row(List.of(files, attached.fieldCode(), attached.organizationName().in(locale),
						messages.getMessage("surveys.file.name-size", new Object[] { attached.file().name(),
								attached.file().sizeKb() }, locale)));
			}
			writer.finish();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(format.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("round-" + id + "-consolidated." + format.extension())
				.build()
				.toString())
			.body(out.toByteArray());
	}

	private void write(TableWriter writer, String part, List<Line> lines, List<FormColumn> columns, Locale locale)
			throws IOException {
		for (Line line : lines) {
			List<String> cells = new ArrayList<>(List.of(part, line.key(), line.name().in(locale),
					line.detail().in(locale)));
			columns.forEach(column -> cells.add(Long.toString(line.figure(column.code()))));
			writer.row(cells);
		}
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

}
