package kg.omb.documents.discussion;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.documents.ClauseView;
import kg.omb.documents.DocumentView;
import kg.omb.documents.Documents;
import kg.omb.shared.Bishkek;
import kg.omb.shared.NotFoundException;
import kg.omb.shared.pdf.PdfDocuments;
import kg.omb.shared.table.TableFormat;
import kg.omb.shared.table.TableWriter;

/**
 * The disposition table of a discussion (сводная таблица замечаний): every comment that opened a thread and was
 * not hidden, in the order posted, with the clause it concerns and its disposition; public on the document's page
 * and exported as PDF and XLSX. Clause numbers are those of the version discussed, the changed clause's number
 * that of the document's current version.
 */
@Component
@Transactional(readOnly = true)
public class DispositionTable {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy").withZone(Bishkek.ZONE);

	/** Rows laid out together in the PDF: a few dozen pages, each part with its own table header. */
	private static final int ROWS_PER_PART = 300;

	private final DocumentComments comments;

	private final Documents documents;

	private final PdfDocuments pdf;

	private final MessageSource messages;

	DispositionTable(DocumentComments comments, Documents documents, PdfDocuments pdf, MessageSource messages) {
		this.comments = comments;
		this.documents = documents;
		this.pdf = pdf;
		this.messages = messages;
	}

	public List<DispositionRow> rows(long documentId) {
		DocumentView document = document(documentId);
		Map<Integer, Map<String, String>> numbersByVersion = new HashMap<>();
		Map<String, String> current = numbersByVersion.computeIfAbsent(document.currentVersion(),
				number -> numbers(documentId, number));
		List<DispositionRow> rows = new ArrayList<>();
		for (DocumentComment comment : comments.findByDocumentIdOrderByPostedAtAscIdAsc(documentId)) {
			if (!comment.needsDisposition()) {
				continue;
			}
			Map<String, String> discussed = numbersByVersion.computeIfAbsent(comment.getVersionNumber(),
					number -> numbers(documentId, number));
			rows.add(new DispositionRow(rows.size() + 1, comment.id(), number(discussed, comment.getClauseKey()),
					comment.getAnchor() == null ? null : comment.getAnchor().quote(), comment.getAuthorName(),
					comment.getStakeholder(), comment.isOfficial(), comment.getPostedAt(), comment.getText(),
					comment.getDisposition(), comment.getJustification(),
					comment.getChangedClauseKey() == null ? null : number(current, comment.getChangedClauseKey())));
		}
		return rows;
	}

	public void writePdf(long documentId, Locale locale, OutputStream out) {
		DocumentView document = document(documentId);
		pdf.renderInParts("documents/pdf/disposition-table", locale,
				Map.of("title", document.title().in(locale), "dates", DATE), rows(documentId), ROWS_PER_PART, out);
	}

	public void writeTable(long documentId, TableFormat format, Locale locale, OutputStream out) {
		try (TableWriter writer = TableWriter.of(format, out, message("documents.dispositions.sheet", locale))) {
			writer.row(List.of("documents.dispositions.number", "documents.dispositions.clause",
					"documents.dispositions.quote", "documents.dispositions.author", "documents.dispositions.stakeholder",
					"documents.dispositions.date", "documents.dispositions.comment", "documents.dispositions.outcome",
					"documents.dispositions.justification", "documents.dispositions.changed-clause")
				.stream().map(key -> message(key, locale)).toList());
			for (DispositionRow row : rows(documentId)) {
				writer.row(List.of(String.valueOf(row.number()),
						row.clauseNumber() == null ? message("documents.dispositions.whole-document", locale)
								: row.clauseNumber(), orEmpty(row.quote()),
						row.author(), message("documents.stakeholder." + row.stakeholder(), locale),
						DATE.format(row.postedAt()), row.text(),
						row.outcome() == null ? message("documents.dispositions.pending", locale)
								: message("documents.disposition." + row.outcome(), locale),
						orEmpty(row.justification()), orEmpty(row.changedClauseNumber())));
			}
			writer.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Clause numbers by key in one version of the document. */
	private Map<String, String> numbers(long documentId, int versionNumber) {
		Map<String, String> numbers = new HashMap<>();
		for (ClauseView clause : documents.clauses(documentId, versionNumber)) {
			numbers.put(clause.key(), clause.number());
		}
		return numbers;
	}

	/** The clause's number, null for a comment on the whole document, a dash for a clause the version lacks. */
	private static @Nullable String number(Map<String, String> numbers, @Nullable String clauseKey) {
		return clauseKey == null ? null : numbers.getOrDefault(clauseKey, "—");
	}

	private String message(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	private static String orEmpty(@Nullable String value) {
		return value == null ? "" : value;
	}

	private DocumentView document(long documentId) {
		return documents.find(documentId)
			.orElseThrow(() -> new NotFoundException("documents.discussion.no-such-document", documentId));
	}

}
