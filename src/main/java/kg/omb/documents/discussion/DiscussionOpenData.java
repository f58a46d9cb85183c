package kg.omb.documents.discussion;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import kg.omb.documents.DocumentView;
import kg.omb.documents.Documents;
import kg.omb.shared.Bishkek;
import kg.omb.shared.opendata.OpenDataField;
import kg.omb.shared.opendata.OpenDataset;
import kg.omb.shared.PublicAddress;

/**
 * The public discussions (§10.2) as open data: every comment of every disposition table, as the document's page
 * shows it — the clause it concerns, who made it and as whom, and what the authors made of it. Hidden comments are
 * not in a disposition table, so they are not here either.
 */
@Component
class DiscussionOpenData implements OpenDataset {

	static final List<OpenDataField> FIELDS = List.of(OpenDataField.integer("document_id"),
			OpenDataField.integer("row_number"), OpenDataField.integer("comment_id"), OpenDataField.text("clause_number"),
			OpenDataField.text("quote"), OpenDataField.text("author"), OpenDataField.text("stakeholder"),
			OpenDataField.bool("official"), OpenDataField.date("posted_on"), OpenDataField.text("text"),
			OpenDataField.text("outcome"), OpenDataField.text("justification"),
			OpenDataField.text("changed_clause_number"), OpenDataField.url("page"));

	private final Documents documents;

	private final DispositionTable table;

	private final PublicAddress address;

	DiscussionOpenData(Documents documents, DispositionTable table, PublicAddress address) {
		this.documents = documents;
		this.table = table;
		this.address = address;
	}

	@Override
	public String name() {
		return "discussion-comments";
	}

	@Override
	public List<OpenDataField> fields() {
		return FIELDS;
	}

	@Override
	public void each(Consumer<List<String>> row) {
		documents.discussions()
			.stream()
			.sorted(Comparator.comparingLong(DocumentView::id))
			.forEach(document -> table.rows(document.id()).forEach(line -> row.accept(cells(document.id(), line))));
	}

	private List<String> cells(long documentId, DispositionRow line) {
		return Arrays.asList(String.valueOf(documentId), String.valueOf(line.number()),
				String.valueOf(line.commentId()), line.clauseNumber(), line.quote(), line.author(),
				line.stakeholder().name(), String.valueOf(line.official()),
				line.postedAt().atZone(Bishkek.ZONE).toLocalDate().toString(), line.text(), name(line.outcome()),
				line.justification(), line.changedClauseNumber(), address.of("/documents/" + documentId));
	}

	private static @Nullable String name(@Nullable DispositionOutcome outcome) {
		return outcome == null ? null : outcome.name();
	}

}
