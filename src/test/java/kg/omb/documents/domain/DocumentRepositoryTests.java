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

	static final java.time.LocalDate EVER = java.time.LocalDate.of(1900, 1, 1);

	static final java.time.LocalDate NEVER = java.time.LocalDate.of(9999, 1, 1);

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


	@Test
	void theRegistryFindsDocumentsInForceByEachFilterWithTheEffectiveDayOfTheirAct() {
		long association = 700_000 + System.nanoTime() % 100_000;
		long inForce = transactions.execute(status -> {
			NormativeDocument document = new NormativeDocument(association, null, DocumentKind.STATE_STANDARD_HIGHER,
					LocalizedText.of("Күчүндөгү стандарт", null, null), List.of("510100"), List.of("BACHELOR"), null,
					CHAIR, AT);
			java.time.LocalDate day = java.time.LocalDate.of(2026, 3, 2);
			document.openDiscussion(day, day.plusDays(30), 30, CHAIR, AT);
			document.closeDiscussion(day.plusDays(31), CHAIR, AT.plusSeconds(31 * 86_400));
			document.sendToReview(CHAIR, AT.plusSeconds(32 * 86_400));
			document.passWithoutExpertReview(CHAIR, AT.plusSeconds(33 * 86_400));
			document.submitToAuthority(CHAIR, AT.plusSeconds(34 * 86_400));
			document.approveByAuthority(11, day.plusDays(60), CHAIR, AT.plusSeconds(35 * 86_400));
			return documents.save(document).id();
		});
		transactions.execute(status -> documents.save(new NormativeDocument(association, null,
				DocumentKind.STATE_STANDARD_HIGHER, LocalizedText.of("Долбоор", null, null), List.of("510100"),
				List.of("BACHELOR"), null, CHAIR, AT)).id());
		var statuses = java.util.Set.of(DocumentStatus.IN_FORCE, DocumentStatus.SUPERSEDED, DocumentStatus.REPEALED);
		var page = org.springframework.data.domain.PageRequest.of(0, 10);

		assertThat(documents.registry(statuses, null, null, null, association, EVER, NEVER, page).getContent())
			.singleElement()
			.satisfies(document -> assertThat(document.id()).isEqualTo(inForce))
			.satisfies(document -> assertThat(document.getInForceSince()).isEqualTo(java.time.LocalDate.of(2026, 5, 1)));
		assertThat(documents.registry(statuses, DocumentKind.STATE_STANDARD_HIGHER, "BACHELOR", "510100", association,
				java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2027, 1, 1), page).getTotalElements())
			.isEqualTo(1);
		assertThat(documents.registry(statuses, DocumentKind.PROFESSIONAL_STANDARD, null, null, association, EVER, NEVER,
				page).getTotalElements()).isZero();
		assertThat(documents.registry(statuses, null, "MASTER", null, association, EVER, NEVER, page).getTotalElements())
			.isZero();
		assertThat(documents.registry(statuses, null, null, "520000", association, EVER, NEVER, page).getTotalElements())
			.isZero();
		assertThat(documents.registry(statuses, null, null, null, association, java.time.LocalDate.of(2026, 5, 2),
				NEVER, page).getTotalElements()).isZero();
		assertThat(documents.registry(statuses, null, null, null, association, EVER, java.time.LocalDate.of(2026, 5, 1),
				page).getTotalElements()).as("the act's effective day, not the day of approval, counts").isZero();
		assertThat(documents.registry(statuses, null, null, null, null, EVER, NEVER, page).getTotalElements())
			.isPositive();
		assertThat(documents.registry(java.util.Set.of(DocumentStatus.REPEALED), null, null, null, association, EVER,
				NEVER, page).getTotalElements()).isZero();
	}

}
