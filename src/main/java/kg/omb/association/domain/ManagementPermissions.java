package kg.omb.association.domain;

import java.util.Set;

/**
 * What the signed-in person may do in one association, so that its workspace offers only those actions (the
 * services decide again when the action is taken): govern it (§3, §14, §20), shape its structure as chair (§15,
 * §18), keep its records as chair or secretary, and propose the staff of the organisations they represent (§16).
 */
public record ManagementPermissions(boolean governs, boolean chairs, boolean keepsRecords, boolean active,
		Set<Long> representedOrganizationIds) {

	public boolean mayOpenWorkspace() {
		return governs || keepsRecords;
	}

	public boolean mayPropose() {
		return active && (keepsRecords || !representedOrganizationIds.isEmpty());
	}

}
