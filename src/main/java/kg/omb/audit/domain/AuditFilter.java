package kg.omb.audit.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

import kg.omb.shared.Bishkek;
import kg.omb.shared.Strings;

/**
 * Which entries an administrator wants to see; every part is optional. {@code actor} matches an account number or
 * part of the actor's name, {@code action} the beginning of the action code, the target exactly. The period is read
 * in {@link #ZONE Bishkek time}: {@code from} and {@code to} are whole days, both included.
 */
public record AuditFilter(@Nullable String actor, @Nullable String action, @Nullable String targetType,
		@Nullable String targetId, @Nullable LocalDate from, @Nullable LocalDate to) {

	/** The time zone in which the audit pages read dates and show times. */
	public static final ZoneId ZONE = Bishkek.ZONE;

	public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null, null);

	public AuditFilter {
		actor = Strings.blankToNull(actor);
		action = Strings.blankToNull(action);
		targetType = Strings.blankToNull(targetType);
		targetId = Strings.blankToNull(targetId);
	}

	/** The first instant of the period, or null when it has no beginning. */
	public @Nullable Instant since() {
		return from == null ? null : from.atStartOfDay(ZONE).toInstant();
	}

	/** The first instant after the period, or null when it has no end. */
	public @Nullable Instant until() {
		return to == null ? null : to.plusDays(1).atStartOfDay(ZONE).toInstant();
	}

	/** The account number the actor filter names, if it is one. */
	@Nullable Long actorAccountId() {
		if (actor == null || actor.length() > 18 || !actor.chars().allMatch(Character::isDigit)) {
			return null;
		}
		return Long.valueOf(actor);
	}

}
