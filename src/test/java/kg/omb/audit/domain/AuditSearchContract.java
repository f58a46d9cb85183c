package kg.omb.audit.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import kg.omb.audit.AuditFixture;
import kg.omb.audit.AuditLog;
import kg.omb.audit.AuditSpringTest;
import kg.omb.audit.MutableClock;
import kg.omb.audit.SignedIn;
import kg.omb.audit.SignedIn.Person;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What administrators find with each filter, and the export read in batches; run on H2
 * ({@link AuditSearchOnH2Tests}) and PostgreSQL ({@link AuditSearchOnPostgresTests}).
 */
@AuditSpringTest
@WithMockUser(roles = "ADMIN")
abstract class AuditSearchContract {

	static final Person AIGUL = new Person(7, "Айгүл", "aigul@omb.local");

	static final Person BAKYT = new Person(70, "Бакыт", "bakyt@univ.kg");

	@Autowired
	AuditAdministration administration;

	@Autowired
	AuditLog auditLog;

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
	void withoutAFilterEveryEntryIsFoundNewestFirst() {
		record(AIGUL, "role.granted", "account", 1);
		record(BAKYT, "association.created", "association", 2);
		assertThat(targets(AuditFilter.NONE)).containsExactly("2", "1");
	}

	@Test
	void actionMatchesTheBeginningOfTheCodeLiterally() {
		record(AIGUL, "role.granted", "account", 1);
		record(AIGUL, "role.revoked", "account", 2);
		record(AIGUL, "association.role.changed", "association", 3);
		record(AIGUL, "rolex.granted", "account", 4);
		assertThat(targets(filter(null, "role.", null, null))).containsExactly("2", "1");
		assertThat(targets(filter(null, "role_", null, null))).isEmpty();
		assertThat(targets(filter(null, "r%", null, null))).isEmpty();
	}

	@Test
	void actorMatchesPartOfTheNameWhateverItsCase() {
		record(AIGUL, "role.granted", "account", 1);
		record(BAKYT, "role.granted", "account", 2);
		assertThat(targets(filter("AIGUL@", null, null, null))).containsExactly("1");
		assertThat(targets(filter("univ", null, null, null))).containsExactly("2");
	}

	@Test
	void actorMatchesAnAccountNumberExactly() {
		record(AIGUL, "role.granted", "account", 1);
		record(BAKYT, "role.granted", "account", 2);
		assertThat(targets(filter("7", null, null, null))).containsExactly("1");
		assertThat(targets(filter("70", null, null, null))).containsExactly("2");
	}

	@Test
	void targetMatchesTypeAndNumberExactly() {
		record(AIGUL, "role.granted", "account", 12);
		record(AIGUL, "association.created", "association", 12);
		record(AIGUL, "role.granted", "account", 123);
		assertThat(targets(filter(null, null, "account", null))).containsExactly("123", "12");
		assertThat(targets(filter(null, null, "account", "12"))).hasSize(1);
		assertThat(administration.search(filter(null, null, "account", "12"), 0).getContent().get(0).action())
			.isEqualTo("role.granted");
	}

	@Test
	void thePeriodIsWholeDaysInBishkekTime() {
		recordAt("2025-03-01T17:59:59.999999Z", 1); // 1 March, 23:59:59 in Bishkek
		recordAt("2025-03-01T18:00:00Z", 2); // 2 March, 00:00
		recordAt("2025-03-02T17:59:59.999999Z", 3); // 2 March, 23:59:59
		recordAt("2025-03-02T18:00:00Z", 4); // 3 March, 00:00
		LocalDate march2 = LocalDate.of(2025, 3, 2);
		assertThat(targets(new AuditFilter(null, null, null, null, march2, march2))).containsExactly("3", "2");
		assertThat(targets(new AuditFilter(null, null, null, null, march2, null))).containsExactly("4", "3", "2");
		assertThat(targets(new AuditFilter(null, null, null, null, null, march2))).containsExactly("3", "2", "1");
	}

	@Test
	void pagesHoldFiftyEntriesNewestFirst() {
		transaction().executeWithoutResult(status -> {
			for (int i = 1; i <= AuditAdministration.PAGE_SIZE + 1; i++) {
				auditLog.record("test.recorded", "thing", i);
			}
		});
		var first = administration.search(AuditFilter.NONE, 0);
		assertThat(first.getTotalElements()).isEqualTo(51);
		assertThat(first.getTotalPages()).isEqualTo(2);
		assertThat(first.getContent()).hasSize(50);
		assertThat(first.getContent().get(0).sequence()).isEqualTo(51);
		assertThat(administration.search(AuditFilter.NONE, 1).getContent()).extracting(AuditRecord::sequence)
			.containsExactly(1L);
		assertThat(administration.search(AuditFilter.NONE, 5).getContent()).isEmpty();
	}

	@Test
	void theExportReadsEveryMatchingEntryBatchByBatch() {
		int entries = AuditAdministration.EXPORT_BATCH + 2;
		transaction().executeWithoutResult(status -> {
			for (int i = 1; i <= entries; i++) {
				auditLog.record(i % 2 == 0 ? "test.even" : "test.odd", "thing", i);
			}
		});
		assertThat(administration.export(AuditFilter.NONE).map(AuditRecord::sequence).toList())
			.hasSize(entries)
			.startsWith((long) entries, entries - 1L)
			.endsWith(2L, 1L)
			.doesNotHaveDuplicates();
		assertThat(administration.export(filter(null, "test.even", null, null)).toList()).hasSize(entries / 2)
			.allSatisfy(entry -> assertThat(entry.action()).isEqualTo("test.even"));
	}

	void record(Person person, String action, String targetType, long targetId) {
		var context = SecurityContextHolder.getContext();
		var administrator = context.getAuthentication();
		context.setAuthentication(SignedIn.token(person, "OMB_MEMBER"));
		try {
			auditLog.record(action, targetType, targetId, Map.of());
		}
		finally {
			context.setAuthentication(administrator);
		}
	}

	void recordAt(String instant, long targetId) {
		clock.stopAt(Instant.parse(instant));
		auditLog.record("test.recorded", "thing", targetId);
	}

	/** The target ids of what the filter finds on its first page, in the order shown. */
	List<String> targets(AuditFilter filter) {
		return administration.search(filter, 0).getContent().stream().map(AuditRecord::targetId).toList();
	}

	static AuditFilter filter(String actor, String action, String targetType, String targetId) {
		return new AuditFilter(actor, action, targetType, targetId, null, null);
	}

	TransactionTemplate transaction() {
		return new TransactionTemplate(transactionManager);
	}

}
