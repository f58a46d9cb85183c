package kg.omb.association.domain;

import java.util.List;

import org.jspecify.annotations.Nullable;

import kg.omb.association.AssociationStatus;
import kg.omb.directory.ClassifierEntryView;
import kg.omb.directory.OrganizationView;
import kg.omb.shared.LocalizedText;

/** A line of the OMB directory: the association, its base organisation, groups, chair and size. */
public record AssociationSummary(long id, LocalizedText name, AssociationStatus status, boolean specialStatus,
		@Nullable OrganizationView baseOrganization, List<ClassifierEntryView> groups, @Nullable String chairName,
		int members, int sections) {
}
