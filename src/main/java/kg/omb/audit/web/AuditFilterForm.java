package kg.omb.audit.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.StringJoiner;

import org.jspecify.annotations.Nullable;

import kg.omb.audit.domain.AuditFilter;

/**
 * The filter form of the audit page, as typed: the dates stay text so that a wrong one is shown back as it was
 * entered, with its error, instead of failing the request.
 */
public record AuditFilterForm(@Nullable String actor, @Nullable String action, @Nullable String targetType,
		@Nullable String targetId, @Nullable String from, @Nullable String to) {

	static final AuditFilterForm EMPTY = new AuditFilterForm(null, null, null, null, null, null);

	public boolean fromInvalid() {
		return invalid(from);
	}

	public boolean toInvalid() {
		return invalid(to);
	}

	public boolean hasErrors() {
		return fromInvalid() || toInvalid();
	}

	AuditFilter toFilter() {
		return new AuditFilter(actor, action, targetType, targetId, date(from), date(to));
	}

	/** The query string of this filter (blank fields left out), with the page when it is not the first. */
	String query(int page) {
		var query = new StringJoiner("&", "?", "").setEmptyValue("");
		param(query, "actor", actor);
		param(query, "action", action);
		param(query, "targetType", targetType);
		param(query, "targetId", targetId);
		param(query, "from", from);
		param(query, "to", to);
		if (page > 0) {
			query.add("page=" + page);
		}
		return query.toString();
	}

	/** Encoded as a form would send it, so that {@code +} and {@code &} in a value come back as they were. */
	private static void param(StringJoiner query, String name, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			query.add(name + "=" + URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
		}
	}

	private static boolean invalid(@Nullable String date) {
		if (date == null || date.isBlank()) {
			return false;
		}
		try {
			LocalDate.parse(date.strip());
			return false;
		}
		catch (DateTimeParseException exception) {
			return true;
		}
	}

	private static @Nullable LocalDate date(@Nullable String date) {
		return date == null || date.isBlank() || invalid(date) ? null : LocalDate.parse(date.strip());
	}

}
