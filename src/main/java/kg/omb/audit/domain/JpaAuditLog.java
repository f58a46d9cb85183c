package kg.omb.audit.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import kg.omb.audit.AuditLog;
import kg.omb.shared.Actor;

/** Writes audit entries in the caller's transaction (or a new one when there is none). */
@Service
class JpaAuditLog implements AuditLog {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final AuditEntries entries;

	private final Clock clock;

	JpaAuditLog(AuditEntries entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(String action, String targetType, @Nullable Object targetId, Map<String, ?> details) {
		Actor actor = Actor.current();
		entries.save(new AuditEntry(Instant.now(clock), actor.accountId(), actor.name(), actor.clientAddress(),
				action, targetType, targetId == null ? null : targetId.toString(), JSON.writeValueAsString(details)));
	}

}
