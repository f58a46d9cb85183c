package kg.omb.reports.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import kg.omb.reports.domain.ReportDetails;
import kg.omb.shared.Bishkek;

/** What the public and the workspace pages of a report share: its title and its PDF as a download. */
final class ReportPages {

	private ReportPages() {
	}

	static String title(MessageSource messages, ReportDetails report, Locale locale) {
		return messages.getMessage("reports.title.of",
				new Object[] { report.data().associationName().in(locale), report.yearText() }, locale);
	}

	/** The day of an instant in Bishkek, as the pages write dates. */
	static String day(Instant at) {
		return at.atZone(Bishkek.ZONE).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
	}

	static ResponseEntity<byte[]> pdf(byte[] content, ReportDetails report, Locale locale) {
		String name = "report-" + report.associationId() + "-" + report.year() + "-" + locale.getLanguage() + ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
			.body(content);
	}

}
