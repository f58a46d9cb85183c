package kg.omb.directory.transfer.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import kg.omb.directory.transfer.Exports;
import kg.omb.directory.transfer.ImportKind;
import kg.omb.shared.table.TableFormat;
import kg.omb.shared.NotFoundException;

/**
 * Downloads of every organisation and of the whole classifier as CSV or XLSX (open data), streamed as they are
 * written, in the columns the import reads.
 */
@Controller
class ExportsController {

	static final String ORGANIZATIONS = "/organizations/export";

	static final String CLASSIFIER = "/classifier/export";

	private static final ZoneId BISHKEK = ZoneId.of("Asia/Bishkek");

	private final Exports exports;

	private final Clock clock;

	ExportsController(Exports exports, Clock clock) {
		this.exports = exports;
		this.clock = clock;
	}

	@GetMapping(ORGANIZATIONS + ".{extension:csv|xlsx}")
	void exportOrganizations(@PathVariable String extension, HttpServletResponse response) throws IOException {
		export(ImportKind.ORGANIZATIONS, extension, response);
	}

	@GetMapping(CLASSIFIER + ".{extension:csv|xlsx}")
	void exportClassifier(@PathVariable String extension, HttpServletResponse response) throws IOException {
		export(ImportKind.CLASSIFIER, extension, response);
	}

	private void export(ImportKind kind, String extension, HttpServletResponse response) throws IOException {
		TableFormat format = TableFormat.ofExtension(extension)
			.orElseThrow(() -> new NotFoundException("transfer.error.unknown-format"));
		String name = exports.fileName(kind) + "-" + LocalDate.ofInstant(clock.instant(), BISHKEK) + "."
				+ format.extension();
		response.setContentType(format.contentType());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
			.toString());
		response.setHeader("X-Content-Type-Options", "nosniff");
		exports.export(kind, format, response.getOutputStream());
	}

}
