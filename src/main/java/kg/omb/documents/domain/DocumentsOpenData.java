package kg.omb.documents.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import kg.omb.directory.LegalActView;
import kg.omb.directory.LegalActs;
import kg.omb.documents.DocumentFilter;
import kg.omb.documents.DocumentView;
import kg.omb.documents.Documents;
import kg.omb.documents.RegistryEntry;
import kg.omb.documents.RegistryPage;
import kg.omb.shared.opendata.OpenDataField;
import kg.omb.shared.opendata.OpenDataset;
import kg.omb.shared.PublicAddress;

/**
 * The registry of normative documents (§10.7) as open data: every document that has entered into force, including
 * those since superseded or repealed, with the legal act that put it in force.
 */
@Component
class DocumentsOpenData implements OpenDataset {

	static final int PAGE = 500;

	static final List<OpenDataField> FIELDS = List.of(OpenDataField.integer("id"), OpenDataField.text("kind"),
			OpenDataField.text("title_ky"), OpenDataField.text("title_ru"), OpenDataField.text("title_en"),
			OpenDataField.text("status"), OpenDataField.text("specialty_codes"), OpenDataField.text("level_codes"),
			OpenDataField.integer("association_id"), OpenDataField.date("in_force_since"),
			OpenDataField.text("act_number"), OpenDataField.date("act_signed_on"),
			OpenDataField.integer("current_version"), OpenDataField.integer("predecessor_id"),
			OpenDataField.integer("successor_id"), OpenDataField.url("page"));

	private final Documents documents;

	private final LegalActs acts;

	private final PublicAddress address;

	DocumentsOpenData(Documents documents, LegalActs acts, PublicAddress address) {
		this.documents = documents;
		this.acts = acts;
		this.address = address;
	}

	@Override
	public String name() {
		return "documents";
	}

	@Override
	public List<OpenDataField> fields() {
		return FIELDS;
	}

	@Override
	public void each(Consumer<List<String>> row) {
		RegistryPage page;
		int number = 0;
		do {
			page = documents.registry(DocumentFilter.NONE, number++, PAGE);
			page.entries().forEach(entry -> row.accept(cells(entry)));
		}
		while (page.hasNext());
	}

	private List<String> cells(RegistryEntry entry) {
		DocumentView document = entry.document();
		Optional<LegalActView> act = Optional.ofNullable(document.inForceActId()).flatMap(acts::find);
		return Arrays.asList(String.valueOf(document.id()), document.kind().name(), document.title().ky(),
				document.title().ru(), document.title().en(), document.status().name(),
				String.join(" ", document.codes().stream().sorted().toList()),
				String.join(" ", document.levels().stream().sorted().toList()), String.valueOf(document.associationId()),
				entry.inForceSince().toString(), act.map(LegalActView::number).orElse(null),
				act.map(view -> view.signedOn().toString()).orElse(null), String.valueOf(document.currentVersion()),
				text(document.predecessorId()), text(document.successorId()), address.of("/documents/" + document.id()));
	}

	private static @Nullable String text(@Nullable Long id) {
		return id == null ? null : String.valueOf(id);
	}

}
