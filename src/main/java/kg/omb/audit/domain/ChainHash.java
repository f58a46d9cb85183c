package kg.omb.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;

/**
 * The hash that seals an audit entry: SHA-256 (lower-case hex) over a canonical serialisation of its fields and the
 * hash of the entry before it.
 * <p>
 * The serialisation is unambiguous whatever the fields hold: a version line, then one line per field, each either
 * {@code -} for null or the value's length in UTF-8 bytes, a colon and the value itself. Time is written in UTC with
 * exactly six fraction digits; it is truncated to microseconds before it is hashed and stored, the precision both H2
 * and PostgreSQL keep, so that an entry read back from either database hashes the same.
 */
final class ChainHash {

	/** The previous hash of entry 1. */
	static final String GENESIS = "0".repeat(64);

	private static final String VERSION = "omb-audit-chain/1";

	private static final DateTimeFormatter UTC_MICROS = DateTimeFormatter
		.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
		.withZone(ZoneOffset.UTC);

	private ChainHash() {
	}

	/** The time as stored and hashed: microsecond precision. */
	static Instant truncate(Instant time) {
		return time.truncatedTo(ChronoUnit.MICROS);
	}

	/** The hash the entry should carry, computed from its fields and its previous hash (its own hash is ignored). */
	static String of(AuditRecord entry) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(canonical(entry).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException exception) {
			throw new IllegalStateException("Every Java runtime has SHA-256", exception);
		}
	}

	static String canonical(AuditRecord entry) {
		var text = new StringBuilder(VERSION);
		field(text, Long.toString(entry.sequence()));
		field(text, UTC_MICROS.format(entry.occurredAt()));
		field(text, entry.actorAccountId() == null ? null : entry.actorAccountId().toString());
		field(text, entry.actorName());
		field(text, entry.clientAddress());
		field(text, entry.action());
		field(text, entry.targetType());
		field(text, entry.targetId());
		field(text, entry.details());
		field(text, entry.previousHash());
		return text.toString();
	}

	private static void field(StringBuilder text, @Nullable String value) {
		text.append('\n');
		if (value == null) {
			text.append('-');
		}
		else {
			text.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
		}
	}

}
