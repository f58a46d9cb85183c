package kg.omb.documents.domain;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

import kg.omb.documents.ClauseLevel;
import kg.omb.documents.DocumentKind;
import kg.omb.documents.DocumentStatus;
import kg.omb.shared.Actor;
import kg.omb.shared.DomainException;
import kg.omb.shared.LocalizedText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Documents, versions, clauses and the timeline as the database keeps them. */
@SpringBootTest
class DocumentRepositoryTests {

	static final Actor CHAIR = new Actor(5L, "chair@omb.kg", null);

	static final Instant AT = Instant.parse("2026-03-02T06:00:00Z");

	@Autowired
	DocumentRepository documents;

	@Autowired
	VersionRepository versions;

	@Autowired
	ClauseRepository clauses;

	@Autowired
	TransactionTemplate transactions;

	long saveDocumentWithOneClause() {
		return transactions.execute(status -> {
			NormativeDocument document = documents.save(new NormativeDocument(7, 3L,
					DocumentKind.STATE_STANDARD_HIGHER, LocalizedText.of("Стандарт", "Стандарт", null),
					List.of("510000", "510100"), List.of("BACHELOR"), null, CHAIR, AT));
			DocumentVersion version = versions.save(new DocumentVersion(document.id(), 1, "Биринчи долбоор"));
			clauses.save(new Clause(version, "k1", "1.1", ClauseLevel.CLAUSE, null,
					"<p>Жалпы жоболор<script>alert(1)</script></p>", 1));
			return document.id();
		});
	}

	@Test
	void aDocumentKeepsItsCodesLevelsAndTimeline() {
		long id = saveDocumentWithOneClause();
		transactions.executeWithoutResult(status -> {
			NormativeDocument document = documents.findById(id).orElseThrow();
			assertThat(document.getCodes()).containsExactlyInAnyOrder("510000", "510100");
			assertThat(document.getLevels()).containsExactly("BACHELOR");
			assertThat(document.getSectionId()).isEqualTo(3L);
			assertThat(document.getTransitions()).singleElement()
				.satisfies(line -> assertThat(line.getTo()).isEqualTo(DocumentStatus.DRAFTING))
				.satisfies(line -> assertThat(line.getActorId()).isEqualTo(5L));
		});
	}

	@Test
	void clauseTextIsStoredSanitized() {
		long id = saveDocumentWithOneClause();
		transactions.executeWithoutResult(status -> {
			DocumentVersion version = versions.findByDocumentIdAndNumber(id, 1).orElseThrow();
			assertThat(clauses.findByDocumentVersionOrderByPositionAscIdAsc(version)).singleElement()
				.satisfies(clause -> assertThat(clause.getHtml()).isEqualTo("<p>Жалпы жоболор</p>"));
		});
	}

	@Test
	void theSecondOfTwoAuthorsSavingTheSameClauseIsRefused() {
		long id = saveDocumentWithOneClause();
		Clause first = transactions.execute(status -> firstClause(id));
		Clause second = transactions.execute(status -> firstClause(id));
		transactions.executeWithoutResult(status -> {
			first.edit("1.1", ClauseLevel.CLAUSE, null, "<p>Биринчи автор</p>", 1);
			clauses.save(first);
		});
		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
			second.edit("1.1", ClauseLevel.CLAUSE, null, "<p>Экинчи автор</p>", 1);
			clauses.save(second);
		})).isInstanceOf(ObjectOptimisticLockingFailureException.class);
	}

	@Test
	void aPublishedVersionAndItsClausesNeverChange() {
		long id = saveDocumentWithOneClause();
		transactions.executeWithoutResult(status -> versions.findByDocumentIdAndNumber(id, 1).orElseThrow().publish(AT));
		transactions.executeWithoutResult(status -> {
			DocumentVersion version = versions.findByDocumentIdAndNumber(id, 1).orElseThrow();
			assertThat(version.isPublished()).isTrue();
			assertThatThrownBy(() -> version.summarize("башка")).isInstanceOf(DomainException.class);
			Clause clause = firstClause(id);
			assertThatThrownBy(() -> clause.edit("1.2", ClauseLevel.CLAUSE, null, "<p>x</p>", 1))
				.isInstanceOfSatisfying(DomainException.class,
						e -> assertThat(e.messageKey()).isEqualTo("documents.error.version-published"));
			assertThatThrownBy(() -> new Clause(version, "k2", "2", ClauseLevel.CHAPTER, "Жаңы", "", 2))
				.isInstanceOf(DomainException.class);
		});
	}

	Clause firstClause(long documentId) {
		DocumentVersion version = versions.findByDocumentIdAndNumber(documentId, 1).orElseThrow();
		return clauses.findByDocumentVersionOrderByPositionAscIdAsc(version).get(0);
	}

}
