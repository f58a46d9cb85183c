package kg.omb.documents.domain;

import java.util.List;

import org.junit.jupiter.api.Test;

import kg.omb.documents.ClauseChange;
import kg.omb.documents.ClauseChange.Kind;
import kg.omb.documents.ClauseChange.TextSegment;
import kg.omb.documents.ClauseLevel;
import kg.omb.documents.ClauseView;

import static kg.omb.documents.ClauseChange.TextSegment.Type.DELETED;
import static kg.omb.documents.ClauseChange.TextSegment.Type.EQUAL;
import static kg.omb.documents.ClauseChange.TextSegment.Type.INSERTED;
import static org.assertj.core.api.Assertions.assertThat;

class ClauseDiffTests {

	static ClauseView clause(String key, String number, String html) {
		return ClauseView.of(key, number, ClauseLevel.CLAUSE, null, html);
	}

	@Test
	void aChangedWordIsShownAsDeletedAndInserted() {
		assertThat(ClauseDiff.words("Окуу мөөнөтү төрт жыл.", "Окуу мөөнөтү беш жыл.")).containsExactly(
				new TextSegment(EQUAL, "Окуу мөөнөтү "), new TextSegment(DELETED, "төрт"),
				new TextSegment(INSERTED, "беш"), new TextSegment(EQUAL, " жыл."));
	}

	@Test
	void insertedWordsAreOneSegment() {
		assertThat(ClauseDiff.words("Бүтүрүүчү билет.", "Бүтүрүүчү кесиптик стандартты билет.")).containsExactly(
				new TextSegment(EQUAL, "Бүтүрүүчү "), new TextSegment(INSERTED, "кесиптик стандартты "),
				new TextSegment(EQUAL, "билет."));
	}

	@Test
	void clausesAreMatchedByKeySoARenumberedClauseIsTheSameClause() {
		List<ClauseView> older = List.of(clause("a", "1.1", "<p>Жалпы жоболор</p>"),
				clause("b", "1.2", "<p>Окуу мөөнөтү төрт жыл.</p>"),
				clause("c", "1.3", "<p>Кредиттер <b>240</b> түзөт.</p>"));
		List<ClauseView> newer = List.of(clause("a", "1.1", "<p>Жалпы жоболор</p>"),
				clause("c", "1.2", "<p>Кредиттер <b>240</b> түзөт.</p>"),
				clause("d", "1.3", "<p>Практика милдеттүү.</p>"));

		List<ClauseChange> changes = ClauseDiff.compare(older, newer);

		assertThat(changes).containsExactly(
				new ClauseChange("a", Kind.UNCHANGED, "1.1", "1.1", List.of(new TextSegment(EQUAL, "Жалпы жоболор"))),
				new ClauseChange("b", Kind.REMOVED, "1.2", null,
						List.of(new TextSegment(DELETED, "Окуу мөөнөтү төрт жыл."))),
				new ClauseChange("c", Kind.CHANGED, "1.3", "1.2",
						List.of(new TextSegment(EQUAL, "Кредиттер 240 түзөт."))),
				new ClauseChange("d", Kind.ADDED, null, "1.3",
						List.of(new TextSegment(INSERTED, "Практика милдеттүү."))));
	}

	@Test
	void aClauseWhoseTextChangedCarriesItsWordSegments() {
		List<ClauseChange> changes = ClauseDiff.compare(List.of(clause("b", "2", "<p>Окуу мөөнөтү төрт жыл.</p>")),
				List.of(clause("b", "2", "<p>Окуу мөөнөтү беш жыл.</p>")));

		assertThat(changes).containsExactly(new ClauseChange("b", Kind.CHANGED, "2", "2",
				List.of(new TextSegment(EQUAL, "Окуу мөөнөтү "), new TextSegment(DELETED, "төрт"),
						new TextSegment(INSERTED, "беш"), new TextSegment(EQUAL, " жыл."))));
	}

	@Test
	void aMovedClauseIsComparedAtItsNewPlace() {
		List<ClauseChange> changes = ClauseDiff.compare(
				List.of(clause("a", "1", "<p>Биринчи</p>"), clause("b", "2", "<p>Экинчи</p>")),
				List.of(clause("b", "1", "<p>Экинчи</p>"), clause("a", "2", "<p>Биринчи</p>")));

		assertThat(changes).extracting(ClauseChange::key, ClauseChange::kind)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("b", Kind.CHANGED),
					org.assertj.core.groups.Tuple.tuple("a", Kind.CHANGED));
	}

	@Test
	void aHeadingIsPartOfTheComparedText() {
		ClauseView older = ClauseView.of("h", "3", ClauseLevel.CHAPTER, "Жалпы талаптар", "");
		ClauseView newer = ClauseView.of("h", "3", ClauseLevel.CHAPTER, "Негизги талаптар", "");
		assertThat(ClauseDiff.compare(List.of(older), List.of(newer))).singleElement()
			.satisfies(change -> assertThat(change.segments()).containsExactly(new TextSegment(DELETED, "Жалпы"),
					new TextSegment(INSERTED, "Негизги"), new TextSegment(EQUAL, " талаптар")));
	}

	@Test
	void identicalVersionsHaveOnlyUnchangedClauses() {
		List<ClauseView> version = List.of(clause("a", "1", "<p>Бир</p>"), clause("b", "2", "<p>Эки</p>"));
		assertThat(ClauseDiff.compare(version, version)).extracting(ClauseChange::kind)
			.containsOnly(Kind.UNCHANGED);
	}

}
