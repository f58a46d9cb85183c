package kg.omb.documents;

import java.util.Set;

import org.jspecify.annotations.Nullable;

import kg.omb.shared.LocalizedText;

/**
 * A new draft: the OMB (and section) developing it, its kind and title, the specialty or direction codes and the
 * levels it is for, and, for a new edition of a document in force, that document.
 */
public record NewDocument(long associationId, @Nullable Long sectionId, DocumentKind kind, LocalizedText title,
		Set<String> codes, Set<String> levels, @Nullable Long predecessorId) {

	public NewDocument {
		codes = Set.copyOf(codes);
		levels = Set.copyOf(levels);
	}

}
