package kg.omb.association;

import java.util.Set;

import kg.omb.shared.LocalizedText;

/**
 * A section of an association as other modules see it (§15): its name, the classifier codes it covers and whether
 * it still works (a closed section keeps its history but develops nothing new).
 */
public record SectionView(long id, long associationId, LocalizedText name, Set<String> classifierCodes,
		boolean open) {

	public SectionView {
		classifierCodes = Set.copyOf(classifierCodes);
	}

}
