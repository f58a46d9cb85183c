package kg.omb.review.domain;

import java.util.List;

/**
 * An approved expert as suggested for a request: how well their competence matches, their load, and why the
 * conflict rules leave them out (empty when eligible). Already invited experts of the round are not suggested.
 */
public record Suggestion(ExpertView expert, int match, List<String> conflictReasons) {

	public Suggestion {
		conflictReasons = List.copyOf(conflictReasons);
	}

	public boolean eligible() {
		return conflictReasons.isEmpty();
	}

}
