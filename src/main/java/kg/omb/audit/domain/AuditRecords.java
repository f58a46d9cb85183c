package kg.omb.audit.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The audit tables, in plain SQL on the current transaction's connection. Appends lock the chain's head row
 * ({@code select ... for update}), which serialises them across threads and across nodes sharing the database.
 * Reads go a page at a time: the verification walks the chain in sequence order, the administrator's page and export
 * read it newest first; nothing is kept in a persistence context, so reading the whole trail takes no more memory
 * than one page, and the verification needs nothing but a data source.
 */
@Component
class AuditRecords {

	private static final String COLUMNS = "sequence_number, occurred_at, actor_account_id, actor_name, "
			+ "client_address, action, target_type, target_id, details, previous_hash, hash";

	private final JdbcClient jdbc;

	AuditRecords(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
	}

	Head head() {
		return jdbc.sql("select last_sequence, last_hash from audit_chain_head where id = 1")
			.query((rs, row) -> new Head(rs.getLong(1), rs.getString(2)))
			.single();
	}

	/** The head, locked until the current transaction ends. */
	Head lockHead() {
		return jdbc.sql("select last_sequence, last_hash from audit_chain_head where id = 1 for update")
			.query((rs, row) -> new Head(rs.getLong(1), rs.getString(2)))
			.single();
	}

	/** Writes a sealed entry and moves the (locked) head on to it. */
	void append(AuditRecord sealed) {
		jdbc.sql("insert into audit_entry (" + COLUMNS + ") values (:sequence, :occurredAt, :actorAccountId, "
				+ ":actorName, :clientAddress, :action, :targetType, :targetId, :details, :previousHash, :hash)")
			.param("sequence", sealed.sequence())
			.param("occurredAt", sealed.occurredAt().atOffset(ZoneOffset.UTC))
			.param("actorAccountId", sealed.actorAccountId(), Types.BIGINT)
			.param("actorName", sealed.actorName())
			.param("clientAddress", sealed.clientAddress(), Types.VARCHAR)
			.param("action", sealed.action())
			.param("targetType", sealed.targetType())
			.param("targetId", sealed.targetId(), Types.VARCHAR)
			.param("details", sealed.details())
			.param("previousHash", sealed.previousHash())
			.param("hash", sealed.hash())
			.update();
		int moved = jdbc.sql("update audit_chain_head set last_sequence = :sequence, last_hash = :hash "
				+ "where id = 1 and last_sequence = :previous and last_hash = :previousHash")
			.param("sequence", sealed.sequence())
			.param("hash", sealed.hash())
			.param("previous", sealed.sequence() - 1)
			.param("previousHash", sealed.previousHash())
			.update();
		if (moved != 1) {
			throw new IllegalStateException("Audit entry " + sealed.sequence() + " does not follow the chain's head");
		}
	}

	/** Up to {@code limit} entries with sequence numbers from {@code first} to {@code last}, in sequence order. */
	List<AuditRecord> inSequence(long first, long last, int limit) {
		return jdbc.sql("select " + COLUMNS + " from audit_entry where sequence_number between :first and :last"
				+ " order by sequence_number fetch first :limit rows only")
			.param("first", first)
			.param("last", last)
			.param("limit", limit)
			.query(AuditRecords::record)
			.list();
	}

	long count(AuditFilter filter) {
		Where where = Where.of(filter);
		return jdbc.sql("select count(*) from audit_entry" + where.sql()).params(where.params())
			.query(Long.class)
			.single();
	}

	/** A page of the entries that match, newest first. */
	List<AuditRecord> newestFirst(AuditFilter filter, long offset, int limit) {
		Where where = Where.of(filter);
		return jdbc.sql("select " + COLUMNS + " from audit_entry" + where.sql()
				+ " order by sequence_number desc offset :offset rows fetch next :limit rows only")
			.params(where.params())
			.param("offset", offset)
			.param("limit", limit)
			.query(AuditRecords::record)
			.list();
	}

	/** Up to {@code limit} matching entries older than the given sequence number, newest first. */
	List<AuditRecord> newestFirstBefore(AuditFilter filter, long sequence, int limit) {
		Where where = Where.of(filter).and("sequence_number < :before", "before", sequence);
		return jdbc.sql("select " + COLUMNS + " from audit_entry" + where.sql()
				+ " order by sequence_number desc fetch first :limit rows only")
			.params(where.params())
			.param("limit", limit)
			.query(AuditRecords::record)
			.list();
	}

	private static AuditRecord record(ResultSet rs, int row) throws SQLException {
		return new AuditRecord(rs.getLong("sequence_number"),
				rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getObject("actor_account_id", Long.class), rs.getString("actor_name"),
				rs.getString("client_address"), rs.getString("action"), rs.getString("target_type"),
				rs.getString("target_id"), rs.getString("details"), rs.getString("previous_hash"),
				rs.getString("hash"));
	}

	/** The chain's head: how many entries it counts, and the hash of the last. */
	record Head(long lastSequence, String lastHash) {
	}

	/** The where clause of a filter, and its parameters. */
	private static final class Where {

		private static final String BY_NAME = "lower(actor_name) like :actorName escape '\\'";

		private final List<String> conditions = new ArrayList<>();

		private final Map<String, Object> params = new LinkedHashMap<>();

		static Where of(AuditFilter filter) {
			var where = new Where();
			if (filter.actor() != null) {
				Long accountId = filter.actorAccountId();
				if (accountId == null) {
					where.and(BY_NAME, "actorName", contains(filter.actor()));
				}
				else {
					where.and("(actor_account_id = :actorId or " + BY_NAME + ")", "actorId", accountId);
					where.params.put("actorName", contains(filter.actor()));
				}
			}
			if (filter.action() != null) {
				where.and("action like :action escape '\\'", "action", escapeLike(filter.action()) + "%");
			}
			if (filter.targetType() != null) {
				where.and("target_type = :targetType", "targetType", filter.targetType());
			}
			if (filter.targetId() != null) {
				where.and("target_id = :targetId", "targetId", filter.targetId());
			}
			Instant since = filter.since();
			if (since != null) {
				where.and("occurred_at >= :since", "since", since.atOffset(ZoneOffset.UTC));
			}
			Instant until = filter.until();
			if (until != null) {
				where.and("occurred_at < :until", "until", until.atOffset(ZoneOffset.UTC));
			}
			return where;
		}

		Where and(String condition, String name, Object value) {
			conditions.add(condition);
			params.put(name, value);
			return this;
		}

		Map<String, Object> params() {
			return params;
		}

		String sql() {
			return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
		}

		private static String contains(String text) {
			return "%" + escapeLike(text.toLowerCase(Locale.ROOT)) + "%";
		}

		private static String escapeLike(String text) {
			return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		}

	}

}
