package kg.omb.association.domain;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;

import kg.omb.association.AssociationView;
import kg.omb.shared.opendata.OpenDataField;
import kg.omb.shared.opendata.OpenDataset;

/**
 * The membership of every OMB (§10.7) as open data: its current members as its public page lists them, with their
 * organisation, position, role, section and the act that appointed them.
 */
@Component
class AssociationMembersOpenData implements OpenDataset {

	static final List<OpenDataField> FIELDS = List.of(OpenDataField.integer("association_id"),
			OpenDataField.text("person_name"), OpenDataField.text("organization_code"),
			OpenDataField.text("organization_name_ky"), OpenDataField.text("position"),
			OpenDataField.text("stakeholder_kind"), OpenDataField.text("role"), OpenDataField.text("section_name_ky"),
			OpenDataField.date("term_from"), OpenDataField.date("term_to"), OpenDataField.text("act_number"));

	private final AssociationQueries queries;

	AssociationMembersOpenData(AssociationQueries queries) {
		this.queries = queries;
	}

	@Override
	public String name() {
		return "association-members";
	}

	@Override
	public List<OpenDataField> fields() {
		return FIELDS;
	}

	@Override
	public void each(Consumer<List<String>> row) {
		queries.all()
			.stream()
			.sorted(Comparator.comparingLong(AssociationView::id))
			.forEach(association -> queries.profile(association.id())
				.members()
				.stream()
				.filter(AssociationProfile.MemberProfile::current)
				.forEach(member -> row.accept(cells(association.id(), member))));
	}

	private static List<String> cells(long associationId, AssociationProfile.MemberProfile member) {
		return Arrays.asList(String.valueOf(associationId), member.personName(),
				member.organization() == null ? null : member.organization().code(),
				member.organization() == null ? null : member.organization().name().ky(), member.position(),
				member.stakeholderKind().name(), member.role().name(),
				member.sectionName() == null ? null : member.sectionName().ky(), member.termFrom().toString(),
				member.termTo() == null ? null : member.termTo().toString(),
				member.act() == null ? null : member.act().number());
	}

}
