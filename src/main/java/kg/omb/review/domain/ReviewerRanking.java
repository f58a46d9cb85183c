package kg.omb.review.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Suggested reviewers, best first: by how well their competence matches the subject's specialties (a code of
 * theirs equal to one of the subject's counts twice, one of the same enlarged group once), then by current load
 * (fewest active reviews first), then by name.
 */
public final class ReviewerRanking {

	private ReviewerRanking() {
	}

	public static List<Ranked> rank(Collection<Candidate> candidates, Set<String> specialties) {
		return candidates.stream()
			.map(candidate -> new Ranked(candidate, match(candidate.specialtyCodes(), specialties)))
			.sorted(Comparator.comparingInt(Ranked::match)
				.reversed()
				.thenComparingLong(ranked -> ranked.candidate().load())
				.thenComparing(ranked -> ranked.candidate().personName())
				.thenComparingLong(ranked -> ranked.candidate().expertId()))
			.toList();
	}

	/** 2 per code of the subject the expert covers exactly, 1 per code they cover only by its enlarged group. */
	static int match(Set<String> competence, Set<String> specialties) {
		int score = 0;
		for (String code : specialties) {
			if (competence.contains(code)) {
				score += 2;
			}
			else if (competence.stream().anyMatch(own -> sameGroup(own, code))) {
				score += 1;
			}
		}
		return score;
	}

	private static boolean sameGroup(String a, String b) {
		return a.length() >= 3 && b.length() >= 3 && a.regionMatches(0, b, 0, 3);
	}

	/** A candidate with the strength of their competence match. */
	public record Ranked(Candidate candidate, int match) {
	}

}
