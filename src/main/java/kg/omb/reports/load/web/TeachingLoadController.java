package kg.omb.reports.load.web;

import java.net.URI;
import java.time.Clock;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import kg.omb.reports.load.LoadDates;
import kg.omb.reports.load.LoadStatement;
import kg.omb.reports.load.StatementService;
import kg.omb.shared.DomainException;
import kg.omb.shared.NotFoundException;

/**
 * Teaching-load statements: {@code /account/teaching-load} is the member's own, from their account page;
 * {@code /manage/teaching-load/members/{account}} a member's for their OMB's chair or secretary, their authority
 * or an administrator, opened from {@code /manage/teaching-load/omb/{id}}, the OMB's list of members. Each for
 * the academic year chosen ({@code ?year=2025} is 2025–2026; today's by default), with its PDF in any language.
 */
@Controller
@LoadConsole
class TeachingLoadController {

	static final String STATEMENT = "reports/load/statement";

	static final String MEMBERS = "reports/load/members";

	private final StatementService statements;

	private final Clock clock;

	TeachingLoadController(StatementService statements, Clock clock) {
		this.statements = statements;
		this.clock = clock;
	}

	@GetMapping("/account/teaching-load")
	String mine(@RequestParam(required = false) @Nullable Integer year, Model model, HttpServletResponse response) {
		int chosen = LoadYears.chosen(year, clock);
		return page(model, response, chosen, "/account/teaching-load", () -> statements.mine(chosen));
	}

	@GetMapping("/account/teaching-load/pdf")
	ResponseEntity<byte[]> myPdf(@RequestParam(required = false) @Nullable Integer year, Locale locale) {
		int chosen = LoadYears.chosen(year, clock);
		return pdf(() -> statements.myPdf(chosen, locale), "/account/teaching-load", "mine", chosen, locale);
	}

	@GetMapping("/manage/teaching-load/members/{accountId}")
	String member(@PathVariable long accountId, @RequestParam(required = false) @Nullable Integer year, Model model,
			HttpServletResponse response) {
		int chosen = LoadYears.chosen(year, clock);
		return page(model, response, chosen, "/manage/teaching-load/members/" + accountId,
				() -> statements.statement(accountId, chosen));
	}

	@GetMapping("/manage/teaching-load/members/{accountId}/pdf")
	ResponseEntity<byte[]> memberPdf(@PathVariable long accountId,
			@RequestParam(required = false) @Nullable Integer year, Locale locale) {
		int chosen = LoadYears.chosen(year, clock);
		return pdf(() -> statements.pdf(accountId, chosen, locale), "/manage/teaching-load/members/" + accountId,
				String.valueOf(accountId), chosen, locale);
	}

	@GetMapping("/manage/teaching-load/omb/{associationId}")
	String members(@PathVariable long associationId, @RequestParam(required = false) @Nullable Integer year,
			Model model) {
		model.addAttribute("omb", statements.members(associationId));
		model.addAttribute("years", LoadYears.offered(clock));
		model.addAttribute("year", LoadYears.chosen(year, clock));
		return MEMBERS;
	}

	private String page(Model model, HttpServletResponse response, int year, String path,
			Supplier<LoadStatement> statement) {
		model.addAttribute("years", LoadYears.offered(clock));
		model.addAttribute("year", year);
		model.addAttribute("path", path);
		model.addAttribute("dates", new LoadDates());
		try {
			model.addAttribute("statement", statement.get());
		}
		catch (DomainException refused) {
			if (refused instanceof NotFoundException) {
				throw refused;
			}
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("refusal", refused.messageKey());
			model.addAttribute("refusalArguments", refused.arguments());
		}
		return STATEMENT;
	}

	/** The PDF; for a year refused, the page, which says why. */
	private static ResponseEntity<byte[]> pdf(Supplier<byte[]> content, String page, String whose, int year,
			Locale locale) {
		byte[] rendered;
		try {
			rendered = content.get();
		}
		catch (DomainException refused) {
			if (refused instanceof NotFoundException) {
				throw refused;
			}
			return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(page + "?year=" + year)).build();
		}
		String name = "teaching-load-" + whose + "-" + year + "-" + locale.getLanguage() + ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
			.body(rendered);
	}

}
