package kg.omb.audit.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import kg.omb.audit.domain.AuditAdministration;
import kg.omb.audit.domain.AuditFilter;
import kg.omb.audit.domain.AuditRecord;

/**
 * The administrators' audit page: the filtered entries, newest first (a whole page, or just the results for htmx),
 * their CSV export and the verification of the chain.
 */
@Controller
class AuditController {

	static final String PATH = "/admin/audit";

	private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
		.withZone(AuditFilter.ZONE);

	private static final List<String> CSV_HEADER = List.of("audit.column.sequence", "audit.column.time",
			"audit.column.time-utc", "audit.column.actor-id", "audit.column.actor", "audit.column.address",
			"audit.column.action", "audit.column.target-type", "audit.column.target-id", "audit.column.details",
			"audit.column.hash");

	private final AuditAdministration audit;

	private final MessageSource messages;

	private final Clock clock;

	AuditController(AuditAdministration audit, MessageSource messages, Clock clock) {
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping(PATH)
	String showEntries(@ModelAttribute("filter") AuditFilterForm filter, @RequestParam(defaultValue = "0") int page,
			HtmxRequest htmx, Locale locale, Model model, HttpServletResponse response) {
		response.addHeader(HttpHeaders.VARY, "HX-Request");
		addEntries(filter, page, locale, model);
		return fragmentOnly(htmx) ? "audit/fragments/results :: results" : "audit/entries";
	}

	@PostMapping(PATH + "/verify")
	String verifyChain(HtmxRequest htmx, Locale locale, Model model) {
		model.addAttribute("verification", audit.verify());
		if (fragmentOnly(htmx)) {
			return "audit/fragments/verification :: verification";
		}
		model.addAttribute("filter", AuditFilterForm.EMPTY);
		addEntries(AuditFilterForm.EMPTY, 0, locale, model);
		return "audit/entries";
	}

	@GetMapping(PATH + ".csv")
	void exportEntries(@ModelAttribute("filter") AuditFilterForm filter, Locale locale, HttpServletResponse response)
			throws IOException {
		if (filter.hasErrors()) {
			response.sendError(HttpStatus.BAD_REQUEST.value());
			return;
		}
		Stream<AuditRecord> entries = audit.export(filter.toFilter());
		String fileName = "audit-" + LocalDate.ofInstant(clock.instant(), AuditFilter.ZONE) + ".csv";
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName).build().toString());
		Writer writer = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
		var csv = new AuditCsv(writer);
		csv.row(CSV_HEADER.stream().map(key -> messages.getMessage(key, null, locale)).toList());
		entries.forEach(entry -> csv.row(cells(entry)));
		writer.flush();
	}

	private void addEntries(AuditFilterForm filter, int page, Locale locale, Model model) {
		if (filter.hasErrors()) {
			return;
		}
		Page<AuditRecord> entries = audit.search(filter.toFilter(), page);
		var timeFormat = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
			.withLocale(locale)
			.withZone(AuditFilter.ZONE);
		model.addAttribute("entries", entries);
		model.addAttribute("rows", entries.getContent().stream().map(e -> AuditEntryView.of(e, timeFormat)).toList());
		model.addAttribute("newerPage", entries.hasPrevious() ? PATH + filter.query(entries.getNumber() - 1) : null);
		model.addAttribute("olderPage", entries.hasNext() ? PATH + filter.query(entries.getNumber() + 1) : null);
		model.addAttribute("csvExport", PATH + ".csv" + filter.query(0));
	}

	/** An htmx request gets the fragment it swaps in; a page load, or htmx restoring history, the whole page. */
	private static boolean fragmentOnly(HtmxRequest htmx) {
		return htmx.isHtmxRequest() && !htmx.isHistoryRestoreRequest();
	}

	private static List<String> cells(AuditRecord entry) {
		return List.of(Long.toString(entry.sequence()), CSV_TIME.format(entry.occurredAt()),
				entry.occurredAt().toString(), Objects.toString(entry.actorAccountId(), ""), entry.actorName(),
				Objects.toString(entry.clientAddress(), ""), entry.action(), entry.targetType(),
				Objects.toString(entry.targetId(), ""), entry.details(), entry.hash());
	}

}
