package kg.omb.audit.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

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
		var uri = UriComponentsBuilder.newInstance();
		param(uri, "actor", actor);
		param(uri, "action", action);
		param(uri, "targetType", targetType);
		param(uri, "targetId", targetId);
		param(uri, "from", from);
		param(uri, "to", to);
		if (page > 0) {
			uri.queryParam("page", page);
		}
		String query = uri.encode().build().getQuery();
		return query == null ? "" : "?" + query;
	}

	private static void param(UriComponentsBuilder uri, String name, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			uri.queryParam(name, value.strip());
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
