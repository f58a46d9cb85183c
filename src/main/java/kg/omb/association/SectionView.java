package kg.omb.association;

import java.util.Set;

import kg.omb.shared.LocalizedText;

/**
 * A section of an OMB as other modules see it (§15): its name, the classifier codes it covers and whether it still
 * works (a closed section keeps its history but takes no new work).
 */
public record SectionView(long id, long associationId, LocalizedText name, Set<String> codes, boolean open) {

	public SectionView {
		codes = Set.copyOf(codes);
	}

}
