package kg.omb.review.domain;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Suggested reviewers: the best competence match first, then the fewest active reviews, then by name. */
class ReviewerRankingTests {

	static Candidate candidate(long id, String name, Set<String> codes, long load) {
		return new Candidate(id, id + 100, name, Set.of(1L), codes, Set.of("ky"), load);
	}

	static List<String> names(List<ReviewerRanking.Ranked> ranked) {
		return ranked.stream().map(r -> r.candidate().personName()).toList();
	}

	@Test
	void anExactSpecialtyOutranksTheSameEnlargedGroupWhichOutranksAnotherField() {
		List<ReviewerRanking.Ranked> ranked = ReviewerRanking.rank(List.of(
				candidate(1, "Башка тармак", Set.of("710100"), 0),
				candidate(2, "Ошол эле топ", Set.of("580200"), 0),
				candidate(3, "Так адистик", Set.of("580100"), 5)), Set.of("580100"));
		assertThat(names(ranked)).containsExactly("Так адистик", "Ошол эле топ", "Башка тармак");
		assertThat(ranked.stream().map(ReviewerRanking.Ranked::match)).containsExactly(2, 1, 0);
	}

	@Test
	void amongEqualMatchesTheLeastLoadedComesFirst() {
		List<ReviewerRanking.Ranked> ranked = ReviewerRanking.rank(List.of(
				candidate(1, "Абдыкадыров", Set.of("580100"), 3),
				candidate(2, "Бекова", Set.of("580100"), 0),
				candidate(3, "Асанов", Set.of("580100"), 1)), Set.of("580100"));
		assertThat(names(ranked)).containsExactly("Бекова", "Асанов", "Абдыкадыров");
	}

	@Test
	void coveringMoreOfTheSubjectsSpecialtiesRanksHigher() {
		List<ReviewerRanking.Ranked> ranked = ReviewerRanking.rank(List.of(
				candidate(1, "Бир код", Set.of("580100"), 0),
				candidate(2, "Эки код", Set.of("580100", "580101"), 2)), Set.of("580100", "580101"));
		assertThat(names(ranked)).containsExactly("Эки код", "Бир код");
	}

}
