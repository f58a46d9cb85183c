package kg.omb.audit.domain;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditFilterTests {

	@Test
	void thePeriodRunsFromMidnightToMidnightInBishkekTime() {
		var filter = new AuditFilter(null, null, null, null, LocalDate.of(2025, 3, 2), LocalDate.of(2025, 3, 2));
		assertThat(filter.since()).isEqualTo(Instant.parse("2025-03-01T18:00:00Z"));
		assertThat(filter.until()).isEqualTo(Instant.parse("2025-03-02T18:00:00Z"));
	}

	@Test
	void anOpenPeriodHasNoBounds() {
		assertThat(AuditFilter.NONE.since()).isNull();
		assertThat(AuditFilter.NONE.until()).isNull();
	}

	@Test
	void blankFieldsMeanNoFilterAndTextIsTrimmed() {
		var filter = new AuditFilter("  ", "", " role. ", null, null, null);
		assertThat(filter.actor()).isNull();
		assertThat(filter.action()).isNull();
		assertThat(filter.targetType()).isEqualTo("role.");
	}

	@Test
	void anActorOfDigitsAlsoNamesAnAccount() {
		assertThat(new AuditFilter("42", null, null, null, null, null).actorAccountId()).isEqualTo(42L);
		assertThat(new AuditFilter("aigul42", null, null, null, null, null).actorAccountId()).isNull();
		assertThat(new AuditFilter("9".repeat(30), null, null, null, null, null).actorAccountId()).isNull();
	}

}
