package kg.omb.directory.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kg.omb.directory.ClassifierEntryView;
import kg.omb.directory.ClassifierKind;
import kg.omb.shared.LocalizedText;

import static org.assertj.core.api.Assertions.assertThat;

class ClassifierTreeTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

	static ClassifierEntryView entry(String code, ClassifierKind kind, String ru, String parent, LocalDate retiredOn) {
		return new ClassifierEntryView(code.hashCode(), code, kind, LocalizedText.of(ru, ru, ru), parent,
				Set.of("BACHELOR"), LocalDate.of(2020, 1, 1), retiredOn);
	}

	static final List<ClassifierEntryView> ENTRIES = List.of(
			entry("580000", ClassifierKind.GROUP, "Экономика и управление", null, null),
			entry("580100", ClassifierKind.DIRECTION, "Экономика", "580000", null),
			entry("580200", ClassifierKind.DIRECTION, "Менеджмент", "580000", LocalDate.of(2025, 9, 1)),
			entry("580101", ClassifierKind.SPECIALTY, "Бухгалтерский учёт", "580100", null),
			entry("510000", ClassifierKind.GROUP, "Естественные науки", null, null));

	@Test
	void groupsHoldTheirDirectionsAndDirectionsTheirSpecialties() {
		ClassifierTree tree = ClassifierTree.of(ENTRIES, "", false, TODAY);

		assertThat(tree.roots()).extracting(node -> node.entry().code()).containsExactly("580000", "510000");
		assertThat(tree.roots().get(0).children()).extracting(node -> node.entry().code())
			.containsExactly("580100", "580200");
		assertThat(tree.roots().get(0).children().get(0).children()).extracting(node -> node.entry().code())
			.containsExactly("580101");
		assertThat(tree.shown()).isEqualTo(5);
		assertThat(tree.roots().get(0).children().get(1).retired()).isTrue();
	}

	@Test
	void aSearchKeepsTheMatchesWithTheEntriesAboveThem() {
		ClassifierTree tree = ClassifierTree.of(ENTRIES, "бухгалтер", false, TODAY);

		assertThat(tree.roots()).extracting(node -> node.entry().code()).containsExactly("580000");
		var direction = tree.roots().get(0).children();
		assertThat(direction).extracting(node -> node.entry().code()).containsExactly("580100");
		assertThat(direction.get(0).children().get(0).match()).isTrue();
		assertThat(tree.roots().get(0).match()).isFalse();
		assertThat(ClassifierTree.of(ENTRIES, "58010", false, TODAY).shown()).as("group, direction, specialty").isEqualTo(3);
		assertThat(ClassifierTree.of(ENTRIES, "510000", false, TODAY).shown()).isEqualTo(1);
	}

	@Test
	void hidingRetiredEntriesDropsThem() {
		ClassifierTree tree = ClassifierTree.of(ENTRIES, "", true, TODAY);
		assertThat(tree.roots().get(0).children()).extracting(node -> node.entry().code()).containsExactly("580100");
		assertThat(ClassifierTree.of(ENTRIES, "", true, LocalDate.of(2025, 8, 31)).shown()).isEqualTo(5);
	}

}
