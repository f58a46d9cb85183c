package kg.omb.audit.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import kg.omb.audit.AuditFixture;
import kg.omb.audit.AuditLog;
import kg.omb.audit.AuditSpringTest;
import kg.omb.audit.MutableClock;
import kg.omb.audit.domain.ChainVerification.Break;
import kg.omb.audit.domain.ChainVerification.Problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The audit chain as other modules write it and as someone with the database's password might tamper with it; run
 * on H2 ({@link AuditChainOnH2Tests}) and PostgreSQL ({@link AuditChainOnPostgresTests}).
 */
@AuditSpringTest
abstract class AuditChainContract {

	@Autowired
	AuditLog auditLog;

	@Autowired
	ChainVerifier verifier;

	@Autowired
	AuditRecords records;

	@Autowired
	AuditFixture fixture;

	@Autowired
	MutableClock clock;

	@Autowired
	PlatformTransactionManager transactionManager;

	@BeforeEach
	void startFromAnEmptyChain() {
		fixture.clear();
	}

	@AfterEach
	void letTheClockRun() {
		clock.run();
	}

	@Test
	void anEmptyChainIsIntact() {
		assertThat(verifier.verify()).isEqualTo(new ChainVerification(0, null));
	}

	@Test
	void entriesAreLinkedFromTheGenesisHashInGaplessSequence() {
		record(3);
		List<Map<String, Object>> entries = fixture.entries();
		assertThat(entries).extracting(row -> ((Number) row.get("sequence_number")).longValue())
			.containsExactly(1L, 2L, 3L);
		assertThat(entries.get(0).get("previous_hash")).isEqualTo(AuditFixture.GENESIS);
		assertThat(entries.get(1).get("previous_hash")).isEqualTo(entries.get(0).get("hash"));
		assertThat(entries.get(2).get("previous_hash")).isEqualTo(entries.get(1).get("hash"));
		assertThat(fixture.jdbc().queryForMap("select last_sequence, last_hash from audit_chain_head"))
			.containsEntry("last_hash", entries.get(2).get("hash"));
		assertThat(verifier.verify()).isEqualTo(new ChainVerification(3, null));
	}

	@Test
	void anEntryKeepsWhatWasRecordedAndItsHashSurvivesTheRoundTripThroughTheDatabase() {
		clock.stopAt(Instant.parse("2025-03-01T19:00:00.123456789Z"));
		auditLog.record("role.granted", "account", 42L, Map.of("role", "OMB_CHAIR", "name", "Айгүл Төлөгөнова"));
		AuditRecord stored = records.inSequence(1, 1, 1).get(0);
		assertThat(stored.occurredAt()).isEqualTo(Instant.parse("2025-03-01T19:00:00.123456Z"));
		assertThat(stored.action()).isEqualTo("role.granted");
		assertThat(stored.targetType()).isEqualTo("account");
		assertThat(stored.targetId()).isEqualTo("42");
		assertThat(stored.details()).contains("\"role\":\"OMB_CHAIR\"").contains("Айгүл Төлөгөнова");
		assertThat(stored.hash()).isEqualTo(ChainHash.of(stored));
		assertThat(verifier.verify().isIntact()).isTrue();
	}

	@Test
	void anEditedEntryIsTheFirstBrokenLink() {
		record(5);
		fixture.jdbc().update("update audit_entry set details = '{\"role\":\"ADMIN\"}' where sequence_number = 3");
		assertThat(verifier.verify()).isEqualTo(new ChainVerification(2, new Break(3, Problem.EDITED)));
	}

	@Test
	void anEntryMovedInTimeIsEdited() {
		record(5);
		fixture.jdbc().update("update audit_entry set occurred_at = ? where sequence_number = 2",
				OffsetDateTime.parse("2020-01-01T00:00:00Z"));
		assertThat(verifier.verify()).isEqualTo(new ChainVerification(1, new Break(2, Problem.EDITED)));
	}

	@Test
	void aRemovedEntryIsReportedByItsSequenceNumber() {
		record(5);
		fixture.jdbc().update("delete from audit_entry where sequence_number = 4");
		assertThat(verifier.verify()).isEqualTo(new ChainVerification(3, new Break(4, Problem.REMOVED)));
	}

	@Test
	void removingTheFirstEntryIsFound() {
		record(3);
		fixture.jdbc().update("delete from audit_entry where sequence_number = 1");
		assertThat(verifier.verify()).isEqualTo(new ChainVerification(0, new Break(1, Problem.REMOVED)));
	}

	@Test
	void removingTheNewestEntriesIsFoundThroughTheHead() {
		record(5);
		fixture.jdbc().update("delete from audit_entry where sequence_number >= 4");
		assertThat(verifier.verify()).isEqualTo(new ChainVerification(3, new Break(4, Problem.REMOVED)));
	}

	@Test
	void anEntryRewrittenWithAFreshHashBreaksTheLinkToTheNext() {
		record(5);
		rewrite(2, "{\"role\":\"ADMIN\"}");
		assertThat(verifier.verify()).isEqualTo(new ChainVerification(2, new Break(3, Problem.RELINKED)));
	}

	@Test
	void theNewestEntryRewrittenWithAFreshHashNoLongerMatchesTheHead() {
		record(5);
		rewrite(5, "{\"role\":\"ADMIN\"}");
		assertThat(verifier.verify()).isEqualTo(new ChainVerification(4, new Break(5, Problem.EDITED)));
	}

	@Test
	void theVerificationWalksTheChainPageByPage() {
		int entries = 2 * ChainVerifier.PAGE_SIZE + 3;
		transaction().executeWithoutResult(status -> record(entries));
		assertThat(verifier.verify()).isEqualTo(new ChainVerification(entries, null));

		long removed = ChainVerifier.PAGE_SIZE + 7;
		fixture.jdbc().update("delete from audit_entry where sequence_number = ?", removed);
		assertThat(verifier.verify())
			.isEqualTo(new ChainVerification(removed - 1, new Break(removed, Problem.REMOVED)));
	}

	@Test
	void entriesOfOneTransactionAreChainedAndRolledBackWithIt() {
		transaction().executeWithoutResult(status -> {
			record(2);
			status.setRollbackOnly();
		});
		assertThat(fixture.count()).isZero();

		transaction().executeWithoutResult(status -> record(2));
		assertThat(fixture.entries()).extracting(row -> ((Number) row.get("sequence_number")).longValue())
			.containsExactly(1L, 2L);
		assertThat(verifier.verify()).isEqualTo(new ChainVerification(2, null));
	}

	@Test
	void detailsTooLongForTheirColumnAreKeptShortenedAndMarked() {
		auditLog.record("document.imported", "document", 1, Map.of("text", "ө".repeat(20_000)));
		AuditRecord stored = records.inSequence(1, 1, 1).get(0);
		assertThat(stored.details()).hasSizeLessThanOrEqualTo(ChainedAuditLog.MAX_DETAILS)
			.startsWith("{")
			.contains("\"truncated\":true")
			.contains("\"length\":20011");
		assertThat(verifier.verify().isIntact()).isTrue();
	}

	@Test
	void aReadOnlyTransactionCannotRecord() {
		TransactionTemplate readOnly = transaction();
		readOnly.setReadOnly(true);
		assertThatIllegalStateException()
			.isThrownBy(() -> readOnly.executeWithoutResult(status -> auditLog.record("x.done", "x", 1)));
		assertThat(fixture.count()).isZero();
	}

	@Test
	void appendsFromManyThreadsAtOnceFormOneUnbrokenChain() throws Exception {
		int threads = 8;
		int perThread = 25;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			var start = new CountDownLatch(1);
			List<Future<?>> results = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				int thread = t;
				results.add(pool.submit(() -> {
					start.await();
					for (int i = 0; i < perThread; i++) {
						if (i % 2 == 0) {
							auditLog.record("test.appended", "thread", thread, Map.of("i", i));
						}
						else {
							auditLog.record("test.appended." + i, "thread", thread);
						}
					}
					return null;
				}));
			}
			start.countDown();
			for (Future<?> result : results) {
				result.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(verifier.verify()).isEqualTo(new ChainVerification(threads * perThread, null));
		assertThat(fixture.entries()).extracting(row -> ((Number) row.get("sequence_number")).longValue())
			.containsExactlyElementsOf(LongStream.rangeClosed(1, threads * perThread).boxed().toList());
		Integer distinct = fixture.jdbc()
			.queryForObject("select count(distinct concat(target_id, '/', action, '/', details)) from audit_entry",
					Integer.class);
		assertThat(distinct).isEqualTo(threads * perThread);
	}

	void record(int count) {
		for (int i = 1; i <= count; i++) {
			auditLog.record("test.recorded", "thing", i, Map.of("n", i));
		}
	}

	/** Changes an entry's details and seals it again, as someone who knows how the hash is made would. */
	void rewrite(long sequence, String details) {
		AuditRecord stored = records.inSequence(sequence, sequence, 1).get(0);
		AuditRecord forged = new AuditRecord(stored.sequence(), stored.occurredAt(), stored.actorAccountId(),
				stored.actorName(), stored.clientAddress(), stored.action(), stored.targetType(), stored.targetId(),
				details, stored.previousHash(), "").sealed();
		fixture.jdbc().update("update audit_entry set details = ?, hash = ? where sequence_number = ?", details,
				forged.hash(), sequence);
	}

	TransactionTemplate transaction() {
		return new TransactionTemplate(transactionManager);
	}

}
