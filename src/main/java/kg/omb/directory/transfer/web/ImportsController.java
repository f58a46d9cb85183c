package kg.omb.directory.transfer.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import kg.omb.directory.transfer.ImportJobView;
import kg.omb.directory.transfer.ImportKind;
import kg.omb.directory.transfer.Imports;
import kg.omb.directory.transfer.ReportedProblem;
import kg.omb.directory.transfer.RowError;
import kg.omb.shared.DomainException;

/**
 * The imports page ({@code /manage/imports}): choose what to import, upload a file, follow the job (the page polls
 * its progress fragment every second while it runs) and read or download its report.
 */
@Controller
@RequestMapping(ImportsController.PATH)
class ImportsController {

	static final String PATH = "/manage/imports";

	private final Imports imports;

	private final ImportsPage page;

	private final MessageSource messages;

	ImportsController(Imports imports, ImportsPage page, MessageSource messages) {
		this.imports = imports;
		this.page = page;
		this.messages = messages;
	}

	@GetMapping
	String showImports(Model model) {
		return page.show(model, ImportKind.ORGANIZATIONS, null);
	}

	@PostMapping
	String startImport(@RequestParam(name = "kind", required = false) @Nullable ImportKind kind,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model,
			HttpServletResponse response) throws IOException {
		ImportKind chosen = kind == null ? ImportKind.ORGANIZATIONS : kind;
		if (kind == null || file == null || file.isEmpty() && blank(file.getOriginalFilename())) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			String missing = kind == null ? "transfer.error.kind-required" : "transfer.error.file-required";
			return page.show(model, chosen, new DomainException(missing));
		}
		try (InputStream content = file.getInputStream()) {
			long id = imports.start(kind, content, Objects.toString(file.getOriginalFilename(), ""), file.getSize());
			return "redirect:" + PATH + "/" + id;
		}
		catch (DomainException refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page.show(model, chosen, refused);
		}
	}

	@GetMapping("/{id}")
	String showJob(@PathVariable long id, @RequestParam(defaultValue = "0") int errors,
			@RequestParam(defaultValue = "0") int warnings, HtmxRequest htmx, Model model,
			HttpServletResponse response) {
		response.addHeader(HttpHeaders.VARY, "HX-Request");
		ImportJobView job = imports.job(id);
		model.addAttribute("job", job);
		model.addAttribute("errorsPage", Math.max(0, errors));
		model.addAttribute("warningsPage", Math.max(0, warnings));
		if (job.phase().finished()) {
			model.addAttribute("errors", imports.errors(id, errors));
			model.addAttribute("warnings", imports.warnings(id, warnings));
			model.addAttribute("pageSize", Imports.PAGE_SIZE);
		}
		boolean fragment = htmx.isHtmxRequest() && !htmx.isHistoryRestoreRequest();
		return fragment ? "directory/transfer/fragments/job :: job" : "directory/transfer/job";
	}

	@GetMapping("/{id}/report.csv")
	void downloadReport(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
		ImportJobView job = imports.job(id);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("import-" + job.id() + "-report.csv").build().toString());
		Writer writer = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
		writer.write('\uFEFF');
		CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
		csv.printRecord(List.of("transfer.report.severity", "transfer.report.row", "transfer.report.column",
				"transfer.report.value", "transfer.report.reason").stream()
			.map(key -> messages.getMessage(key, null, locale))
			.toList());
		try {
			imports.report(id, line -> print(csv, line, locale));
		}
		catch (UncheckedIOException failure) {
			throw failure.getCause();
		}
		csv.flush();
	}

	private void print(CSVPrinter csv, ReportedProblem line, Locale locale) {
		RowError problem = line.problem();
		String severity = messages.getMessage(line.error() ? "transfer.severity.error" : "transfer.severity.warning",
				null, locale);
		try {
			csv.printRecord(severity, problem.row() > 0 ? Integer.toString(problem.row()) : "",
					Objects.toString(problem.column(), ""), guarded(Objects.toString(problem.value(), "")),
					messages.getMessage(problem.messageKey(), problem.arguments(), problem.messageKey(), locale));
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
	}

	/** A value from someone's file is not to run as a formula when the report is opened in a spreadsheet. */
	private static String guarded(String value) {
		return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
	}

	private static boolean blank(@Nullable String name) {
		return name == null || name.isBlank();
	}

}
