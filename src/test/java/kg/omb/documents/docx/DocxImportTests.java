package kg.omb.documents.docx;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

import kg.omb.association.AssociationFixture;
import kg.omb.association.AssociationFixture.Omb;
import kg.omb.directory.Region;
import kg.omb.documents.ClauseLevel;
import kg.omb.documents.ClauseView;
import kg.omb.documents.DocumentKind;
import kg.omb.documents.Documents;
import kg.omb.documents.NewDocument;
import kg.omb.files.StoredFiles;
import kg.omb.shared.DomainException;
import kg.omb.shared.LocalizedText;
import kg.omb.support.TestAccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** A draft's text imported from a Word file through the documents service, the original kept. */
@SpringBootTest
@Import(AssociationFixture.class)
class DocxImportTests {

	static final long AUTHOR = 9201;

	@Autowired
	Documents documents;

	@Autowired
	StoredFiles files;

	@Autowired
	AssociationFixture fixture;

	Omb omb;

	String secretary;

	long documentId;

	@BeforeEach
	void draft() {
		omb = fixture.standardOmb(Region.OSH_REGION);
		secretary = "OMB_SECRETARY@ASSOCIATION:" + omb.id();
		documentId = TestAccount.runAs(AUTHOR, secretary, () -> documents.createDraft(new NewDocument(omb.id(), null,
				DocumentKind.STATE_STANDARD_HIGHER, LocalizedText.of("Укук таануу багыты боюнча МББС", null, null),
				Set.of("530500"), Set.of("BACHELOR"), null)).id());
	}

	byte[] standard(String durationClause) throws Exception {
		return new WordFiles("heading")
			.heading(1, "1. Жалпы жоболор")
			.numbered(0, "Бул стандарт милдеттүү талаптарды аныктайт.")
			.numbered(1, durationClause)
			.table(new String[] { "Блок", "Кредит" }, new String[] { "Дисциплиналар", "160" })
			.file()
			.readAllBytes();
	}

	List<ClauseView> importFile(byte[] content) {
		return TestAccount.runAs(AUTHOR, secretary, () -> documents.importDocx(documentId,
				documents.find(documentId).orElseThrow().lock(), "стандарт.docx", content));
	}

	@Test
	void importsChaptersClausesAndTablesInKyrgyzAndKeepsTheOriginal() throws Exception {
		List<ClauseView> clauses = importFile(standard("Окуу мөөнөтү төрт жыл."));

		assertThat(clauses).extracting(ClauseView::level, ClauseView::number, ClauseView::heading)
			.containsExactly(tuple(ClauseLevel.CHAPTER, "1", "Жалпы жоболор"), tuple(ClauseLevel.CLAUSE, "1", null),
					tuple(ClauseLevel.SUB_CLAUSE, "1.1", null));
		assertThat(clauses.get(2).html()).contains("Окуу мөөнөтү төрт жыл.", "<td>Дисциплиналар</td>");
		Long original = documents.versions(documentId).get(0).sourceFileId();
		assertThat(original).isNotNull();
		assertThat(files.find(original).orElseThrow().originalName()).isEqualTo("стандарт.docx");
	}

	@Test
	void importingACorrectedFileKeepsTheKeysOfTheSameClauses() throws Exception {
		List<ClauseView> first = importFile(standard("Окуу мөөнөтү төрт жыл."));
		List<ClauseView> second = importFile(standard("Окуу мөөнөтү беш жыл."));

		assertThat(second).extracting(ClauseView::key).containsExactlyElementsOf(first.stream().map(ClauseView::key).toList());
		assertThat(second.get(2).html()).contains("беш жыл");
	}

	@Test
	void aFileThatIsNotWordChangesNothing() throws Exception {
		importFile(standard("Окуу мөөнөтү төрт жыл."));

		assertThatThrownBy(() -> importFile("%PDF-1.7 not a word file".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(DomainException.class).hasMessageStartingWith("documents.docx.unreadable");
		assertThat(documents.clauses(documentId, 1)).hasSize(3);
	}

	@Test
	void onlyTheAuthorsImport() throws Exception {
		byte[] file = standard("Окуу мөөнөтү төрт жыл.");
		assertThatThrownBy(() -> TestAccount.runAs(AUTHOR, "OMB_MEMBER@ASSOCIATION:" + omb.id(),
				() -> documents.importDocx(documentId, documents.find(documentId).orElseThrow().lock(), "x.docx", file)))
			.isInstanceOf(AccessDeniedException.class);
	}

}
