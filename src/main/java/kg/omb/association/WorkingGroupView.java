package kg.omb.association;

import java.util.List;
import java.util.Set;

import kg.omb.shared.LocalizedText;

/**
 * A working group of an OMB (§15) as other modules see it: its name, whether it still works (not completed), the
 * names of its participants and the accounts of those who have one (they may act as the group, for example draft
 * the document it was formed for).
 */
public record WorkingGroupView(long id, long associationId, LocalizedText name, boolean open,
		List<String> participantNames, Set<Long> participantAccountIds) {

	public WorkingGroupView {
		participantNames = List.copyOf(participantNames);
		participantAccountIds = Set.copyOf(participantAccountIds);
	}

}
