package kg.omb.association.api;

import java.util.List;

import org.jspecify.annotations.Nullable;

import kg.omb.association.AssociationStatus;
import kg.omb.association.domain.AssociationSummary;
import kg.omb.shared.web.Names;

/** One OMB of the directory, as {@code GET /api/v1/associations} lists it. */
record AssociationItem(long id, Names name, AssociationStatus status, boolean specialStatus,
		Refs.@Nullable OrganizationRef baseOrganization, List<Refs.ClassifierRef> groups, @Nullable String chair,
		int members, int sections) {

	static AssociationItem of(AssociationSummary summary) {
		return new AssociationItem(summary.id(), Names.of(summary.name()), summary.status(),
				summary.specialStatus(), Refs.OrganizationRef.of(summary.baseOrganization()),
				summary.groups().stream().map(Refs.ClassifierRef::of).toList(), summary.chairName(), summary.members(),
				summary.sections());
	}

}
