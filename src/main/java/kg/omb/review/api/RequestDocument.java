package kg.omb.review.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import kg.omb.review.Recommendation;
import kg.omb.review.ReviewCriterion;
import kg.omb.review.SubjectAuthor;
import kg.omb.review.domain.RequestDetail;
import kg.omb.shared.web.Names;

/**
 * One review request, as {@code GET /api/v1/reviews/requests/{id}} gives it to its organisers, those who decide
 * and its authors: the subject, criteria, rounds with their decisions, and the reviews the reader may see (the
 * authors see submitted reviews only, and no reviewer's name in the blind modes). No account ids.
 */
record RequestDocument(RequestEntry request, Names title, String language, long associationId,
		Set<String> specialtyCodes, List<Author> authors, List<ReviewCriterion> criteria, List<Round> rounds,
		List<ReviewEntry> reviews, @Nullable String decisionNote, @Nullable String decidedBy, String subjectPage) {

	static RequestDocument of(RequestDetail detail) {
		List<ReviewEntry> reviews = detail.assignments().stream().map(ReviewEntry::of).toList();
		return new RequestDocument(RequestEntry.of(detail.request()), Names.of(detail.title()), detail.language(),
				detail.associationId(), new TreeSet<>(detail.specialtyCodes()),
				detail.authors().stream().map(Author::of).toList(), detail.criteria(),
				java.util.stream.IntStream.range(0, detail.rounds().size())
					.mapToObj(i -> Round.of(i + 1, detail.rounds().get(i)))
					.toList(),
				reviews, blankToNull(detail.decisionNote()), blankToNull(detail.decidedBy()), detail.subjectLink());
	}

	private static @Nullable String blankToNull(String text) {
		return text.isBlank() ? null : text;
	}

	/** An author of the subject, with the organisation they come from (its id in {@code /api/v1/organizations}). */
	record Author(String name, @Nullable Long organizationId) {

		static Author of(SubjectAuthor author) {
			return new Author(author.personName(), author.organizationId());
		}

	}

	/** A round: the version it reviewed and, once decided, the decision, its note and when. */
	record Round(int number, int subjectVersion, @Nullable Recommendation decision, @Nullable String note,
			@Nullable Instant decidedAt) {

		static Round of(int number, kg.omb.review.domain.ReviewRequest.Round round) {
			return new Round(number, round.subjectVersion(), round.decision(), round.note(), round.decidedAt());
		}

	}

}
