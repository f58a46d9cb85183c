package kg.omb.association.domain;

import org.jspecify.annotations.Nullable;

import kg.omb.association.AssociationStatus;
import kg.omb.directory.OrganizationView;
import kg.omb.shared.LocalizedText;

/**
 * An association on the management console, with what the signed-in person may do in it: govern it (its
 * authority, or for a special-status university its own head), chair it, or keep its records.
 */
public record ManagedAssociation(long id, LocalizedText name, AssociationStatus status, boolean specialStatus,
		@Nullable OrganizationView baseOrganization, @Nullable String chairName, boolean governs, boolean chairs,
		boolean keepsRecords) {
}
