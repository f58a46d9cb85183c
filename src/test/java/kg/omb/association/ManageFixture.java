package kg.omb.association;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The directory data and accounts the management console works on, written straight into the directory's and the
 * identity module's tables (driving their own pages is not this module's business; their APIs then read the rows
 * as they would any). Every call makes new codes, names and addresses, so tests sharing a context never meet.
 */
public final class ManageFixture {

	/** The day the fixture's acts were signed and took effect: in the past, so everything is in force today. */
	public static final LocalDate ACT_DAY = LocalDate.of(2025, 9, 1);

	private static final AtomicInteger NEXT = new AtomicInteger(1);

	private static final Timestamp CREATED = Timestamp.from(Instant.parse("2025-01-01T00:00:00Z"));

	private final JdbcTemplate jdbc;

	public ManageFixture(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public long authority() {
		int n = NEXT.getAndIncrement();
		jdbc.update("""
				insert into authorized_body (version, created_at, updated_at, code, name_ky, name_ru, name_en,
				                             short_name_ky, short_name_ru, short_name_en)
				values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", CREATED, CREATED, "AUTH" + n, "Министрлик " + n,
				"Министерство " + n, "Ministry " + n, "М" + n, "М" + n, "M" + n);
		long id = id("authorized_body", "code", "AUTH" + n);
		jdbc.update("insert into authorized_body_sector (authority_id, sector) values (?, 'HIGHER')", id);
		return id;
	}

	public long university(boolean specialStatus) {
		return organization("UNIVERSITY", specialStatus);
	}

	public long organization(String kind, boolean specialStatus) {
		int n = NEXT.getAndIncrement();
		jdbc.update("""
				insert into organization (version, created_at, updated_at, code, name_ky, name_ru, name_en, kind, region,
				                          special_status)
				values (0, ?, ?, ?, ?, ?, ?, ?, 'BISHKEK_CITY', ?)""", CREATED, CREATED, "ORG" + n, "Университет " + n,
				"Университет " + n, "University " + n, kind, specialStatus);
		long id = id("organization", "code", "ORG" + n);
		jdbc.update("insert into organization_sector (organization_id, sector) values (?, 'HIGHER')", id);
		return id;
	}

	/** A new enlarged group in force; its code is returned. */
	public String group() {
		String code = String.format("%06d", 700_000 + NEXT.getAndIncrement() * 100);
		entry(code, "GROUP", null);
		return code;
	}

	/** A direction in force within the group; its code is returned. */
	public String direction(String groupCode) {
		String code = String.format("%06d", Integer.parseInt(groupCode) + 1 + NEXT.getAndIncrement() % 90);
		entry(code, "DIRECTION", groupCode);
		return code;
	}

	public long authorityAct(long authorityId) {
		return act("AUTHORITY", authorityId, "ORDER");
	}

	public long organizationAct(long organizationId) {
		return act("ORGANIZATION", organizationId, "ORDER");
	}

	public long charter(long organizationId) {
		return act("ORGANIZATION", organizationId, "CHARTER");
	}

	/** A new active account; its e-mail is {@link #email(long)}. */
	public long account(String displayName) {
		long id = 500_000 + NEXT.getAndIncrement();
		jdbc.update("""
				insert into account (id, version, created_at, updated_at, email, display_name, password_hash, status,
				                     language, password_change_required)
				values (?, 0, ?, ?, ?, ?, '{noop}unused', 'ACTIVE', 'ky', false)""", id, CREATED, CREATED, email(id),
				displayName);
		return id;
	}

	public static String email(long accountId) {
		return "manage" + accountId + "@example.kg";
	}

	/** The authority for a scoped role as sign-in gives it: {@code OMB_CHAIR@ASSOCIATION:7}. */
	public static String role(String role, String scopeType, long id) {
		return role + "@" + scopeType + ":" + id;
	}

	private long act(String issuerType, long issuerId, String kind) {
		int n = NEXT.getAndIncrement();
		jdbc.update("""
				insert into legal_act (version, created_at, updated_at, kind, issuer_type, issuer_id, number, signed_on,
				                       title_ky, title_ru, title_en, effective_on)
				values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", CREATED, CREATED, kind, issuerType, issuerId,
				"A-" + n, Date.valueOf(ACT_DAY), "Буйрук " + n, "Приказ " + n, "Order " + n, Date.valueOf(ACT_DAY));
		return id("legal_act", "number", "A-" + n);
	}

	private void entry(String code, String kind, String parentCode) {
		jdbc.update("""
				insert into classifier_entry (version, created_at, updated_at, code, kind, name_ky, name_ru, name_en,
				                              parent_code, introduced_on)
				values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", CREATED, CREATED, code, kind, "Топ " + code, "Группа " + code,
				"Group " + code, parentCode, Date.valueOf(LocalDate.of(2000, 1, 1)));
	}

	private long id(String table, String column, String value) {
		Long id = jdbc.queryForObject("select id from " + table + " where " + column + " = ?", Long.class, value);
		return id == null ? 0 : id;
	}

}
