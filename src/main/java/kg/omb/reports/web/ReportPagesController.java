package kg.omb.reports.web;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import kg.omb.reports.domain.ReportDetails;
import kg.omb.reports.domain.ReportService;
import kg.omb.search.Facet;
import kg.omb.search.Listing;
import kg.omb.search.PublicContent;

/**
 * The published annual reports: {@code /reports}, newest first, narrowed by OMB and year (from the portal's index,
 * which holds only published reports); {@code /reports/{id}} and its PDF. A report not published is not found.
 */
@Controller
class ReportPagesController {

	private final ReportService reports;

	private final PublicContent content;

	private final MessageSource messages;

	ReportPagesController(ReportService reports, PublicContent content, MessageSource messages) {
		this.reports = reports;
		this.content = content;
		this.messages = messages;
	}

	@GetMapping("/reports")
	String list(@RequestParam(defaultValue = "0") int page, @RequestParam Map<String, String> parameters,
			Locale locale, Model model) {
		Listing listing = content.listing("/reports", "report", Set.of(Facet.ASSOCIATION, Facet.YEAR), parameters, page,
				locale);
		model.addAttribute("results", listing.results());
		model.addAttribute("links", listing.links());
		model.addAttribute("narrowed", listing.narrowed());
		model.addAttribute("pageTitle", messages.getMessage("reports.public.title", null, locale));
		return "reports/public/list";
	}

	@GetMapping("/reports/{id}")
	String report(@PathVariable long id, Locale locale, Model model) {
		ReportDetails report = reports.published(id);
		String title = ReportPages.title(messages, report, locale);
		model.addAttribute("report", report);
		model.addAttribute("title", title);
		model.addAttribute("publishedOn", ReportPages.day(Objects.requireNonNull(report.publishedAt())));
		model.addAttribute("pageTitle", title);
		return "reports/public/report";
	}

	@GetMapping("/reports/{id}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, Locale locale) {
		return ReportPages.pdf(reports.publishedPdf(id, locale), reports.published(id), locale);
	}

}
