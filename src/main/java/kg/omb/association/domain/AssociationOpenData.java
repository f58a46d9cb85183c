package kg.omb.association.domain;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;

import kg.omb.directory.ClassifierEntryView;
import kg.omb.shared.LocalizedText;
import kg.omb.shared.opendata.OpenDataField;
import kg.omb.shared.opendata.OpenDataset;
import kg.omb.shared.PublicAddress;
import kg.omb.shared.web.Languages;

/**
 * The OMB directory (§10.7) as open data: every association, active or not, with its base organisation, the
 * enlarged groups it covers, its chair and its size, as its public page shows them.
 */
@Component
class AssociationOpenData implements OpenDataset {

	static final List<OpenDataField> FIELDS = List.of(OpenDataField.integer("id"), OpenDataField.text("name_ky"),
			OpenDataField.text("name_ru"), OpenDataField.text("name_en"), OpenDataField.text("status"),
			OpenDataField.bool("special_status"), OpenDataField.text("base_organization_code"),
			OpenDataField.text("base_organization_name_ky"), OpenDataField.text("group_codes"),
			OpenDataField.text("chair_name"), OpenDataField.integer("members"), OpenDataField.integer("sections"),
			OpenDataField.url("page"));

	private final AssociationQueries queries;

	private final PublicAddress address;

	AssociationOpenData(AssociationQueries queries, PublicAddress address) {
		this.queries = queries;
		this.address = address;
	}

	@Override
	public String name() {
		return "associations";
	}

	@Override
	public List<OpenDataField> fields() {
		return FIELDS;
	}

	@Override
	public void each(Consumer<List<String>> row) {
		queries.directory(new DirectoryFilter(null, null, null, null, true), Languages.DEFAULT)
			.stream()
			.sorted(Comparator.comparingLong(AssociationSummary::id))
			.forEach(summary -> row.accept(cells(summary)));
	}

	private List<String> cells(AssociationSummary summary) {
		LocalizedText name = summary.name();
		return Arrays.asList(String.valueOf(summary.id()), name.ky(), name.ru(), name.en(),
				summary.status().name(), String.valueOf(summary.specialStatus()),
				summary.baseOrganization() == null ? null : summary.baseOrganization().code(),
				summary.baseOrganization() == null ? null : summary.baseOrganization().name().ky(),
				String.join(" ", summary.groups().stream().map(ClassifierEntryView::code).toList()), summary.chairName(),
				String.valueOf(summary.members()), String.valueOf(summary.sections()),
				address.of("/associations/" + summary.id()));
	}

}
