package kg.omb.notifications.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import kg.omb.shared.LocalizedText;

/**
 * A notice's arguments as stored JSON, each tagged with its kind, and back as message arguments for one language:
 * localized text in that language, moments in Bishkek time written the language's way.
 */
final class NoticeArguments {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private NoticeArguments() {
	}

	static String toJson(List<Object> arguments) {
		ArrayNode array = JSON.createArrayNode();
		for (Object argument : arguments) {
			ObjectNode node = array.addObject();
			if (argument instanceof String text) {
				node.put("text", text);
			}
			else if (argument instanceof LocalizedText localized) {
				ObjectNode texts = node.putObject("localized");
				putIfPresent(texts, "ky", localized.ky());
				putIfPresent(texts, "ru", localized.ru());
				putIfPresent(texts, "en", localized.en());
			}
			else if (argument instanceof Instant moment) {
				node.put("instant", moment.toString());
			}
			else if (argument instanceof LocalDate date) {
				node.put("date", date.toString());
			}
			else if (argument instanceof Number number) {
				node.put("number", new BigDecimal(number.toString()).toPlainString());
			}
			else {
				throw new IllegalArgumentException("Unsupported argument " + argument.getClass());
			}
		}
		return JSON.writeValueAsString(array);
	}

	static Object[] resolve(String json, Locale locale) {
		JsonNode array = JSON.readTree(json);
		Object[] resolved = new Object[array.size()];
		for (int i = 0; i < resolved.length; i++) {
			resolved[i] = resolve(array.get(i), locale);
		}
		return resolved;
	}

	private static Object resolve(JsonNode node, Locale locale) {
		if (node.has("text")) {
			return node.get("text").asString();
		}
		if (node.has("localized")) {
			JsonNode texts = node.get("localized");
			return new LocalizedText(text(texts, "ky"), text(texts, "ru"), text(texts, "en")).in(locale);
		}
		if (node.has("instant")) {
			return BishkekTime.dateTime(Instant.parse(node.get("instant").asString()), locale);
		}
		if (node.has("date")) {
			return BishkekTime.date(LocalDate.parse(node.get("date").asString()), locale);
		}
		if (node.has("number")) {
			BigDecimal number = new BigDecimal(node.get("number").asString());
			return number.scale() <= 0 ? (Object) number.toBigIntegerExact() : number;
		}
		return "";
	}

	private static void putIfPresent(ObjectNode node, String language, @Nullable String text) {
		if (text != null) {
			node.put(language, text);
		}
	}

	private static @Nullable String text(JsonNode node, String language) {
		return node.has(language) ? node.get(language).asString() : null;
	}

}
