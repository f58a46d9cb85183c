package kg.omb.association;

import java.util.Set;

import org.jspecify.annotations.Nullable;

import kg.omb.shared.LocalizedText;

/**
 * An association as other modules see it: its name, status, the authority it answers to (none for a special-status
 * university's own association), its base organisation now and the enlarged groups of directions it covers.
 */
public record AssociationView(long id, LocalizedText name, AssociationStatus status, @Nullable Long authorityId,
		boolean specialStatus, long baseOrganizationId, Set<String> groupCodes, @Nullable Long chairAccountId) {
}
