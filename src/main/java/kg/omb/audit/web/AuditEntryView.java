package kg.omb.audit.web;

import java.time.format.DateTimeFormatter;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import kg.omb.audit.domain.AuditRecord;

/** An audit entry as the page shows it: its time in the reader's format and its details as name and value. */
public record AuditEntryView(AuditRecord entry, String time, String isoTime, List<Detail> details) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static AuditEntryView of(AuditRecord entry, DateTimeFormatter timeFormat) {
		return new AuditEntryView(entry, timeFormat.format(entry.occurredAt()), entry.occurredAt().toString(),
				details(entry.details()));
	}

	/** The top-level fields of the details object; a value that is not text or a number is shown as JSON. */
	static List<Detail> details(String json) {
		try {
			JsonNode node = JSON.readTree(json);
			if (!node.isObject()) {
				return List.of(new Detail("", json));
			}
			return node.propertyStream()
				.map(field -> new Detail(field.getKey(),
						field.getValue().isValueNode() ? field.getValue().asString() : field.getValue().toString()))
				.toList();
		}
		catch (JacksonException exception) {
			return List.of(new Detail("", json));
		}
	}

	public record Detail(String name, String value) {
	}

}
