package kg.omb.documents.web;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import kg.omb.documents.discussion.DispositionTable;
import kg.omb.shared.table.TableFormat;

/** The disposition table of a published document's discussion, for download as PDF, XLSX or CSV. */
@Controller
class DispositionDownloadsController {

	private final DispositionTable table;

	private final DocumentPages pages;

	DispositionDownloadsController(DispositionTable table, DocumentPages pages) {
		this.table = table;
		this.pages = pages;
	}

	@GetMapping("/documents/{id}/dispositions.pdf")
	ResponseEntity<byte[]> downloadPdf(@PathVariable long id, Locale locale) {
		pages.requirePublic(id);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		table.writePdf(id, locale, out);
		return download(out, MediaType.APPLICATION_PDF, id, "pdf");
	}

	@GetMapping("/documents/{id}/dispositions.xlsx")
	ResponseEntity<byte[]> downloadXlsx(@PathVariable long id, Locale locale) {
		return downloadTable(id, TableFormat.XLSX, locale);
	}

	@GetMapping("/documents/{id}/dispositions.csv")
	ResponseEntity<byte[]> downloadCsv(@PathVariable long id, Locale locale) {
		return downloadTable(id, TableFormat.CSV, locale);
	}

	private ResponseEntity<byte[]> downloadTable(long id, TableFormat format, Locale locale) {
		pages.requirePublic(id);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		table.writeTable(id, format, locale, out);
		return download(out, MediaType.parseMediaType(format.contentType()), id, format.extension());
	}

	private static ResponseEntity<byte[]> download(ByteArrayOutputStream out, MediaType type, long id,
			String extension) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("dispositions-" + id + "." + extension).build().toString())
			.body(out.toByteArray());
	}

}
