package kg.omb.shared;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds text in a Thymeleaf template that a person would read and that no message expression replaces: the text of
 * an element none of whose enclosing elements has {@code th:text}, {@code th:utext}, {@code th:replace},
 * {@code th:insert} or {@code th:remove}.
 */
final class TemplateText {

	private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

	private static final Pattern TOKEN = Pattern.compile("<(/?)([A-Za-z][\\w:-]*)([^>]*?)(/?)>|([^<]+)",
			Pattern.DOTALL);

	private static final Pattern REPLACING = Pattern.compile("\\bth:(text|utext|replace|insert|remove)\\s*=");

	private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
			"meta", "source", "track", "wbr", "!doctype");

	private static final Set<String> CODE = Set.of("script", "style");

	private static final Pattern WORDS = Pattern.compile("\\p{L}{2,}");

	private TemplateText() {
	}

	static List<String> literalText(String template) {
		String markup = COMMENT.matcher(template).replaceAll("").replaceAll("(?i)<!DOCTYPE[^>]*>", "");
		Deque<Boolean> replaced = new ArrayDeque<>();
		List<String> found = new ArrayList<>();
		Matcher token = TOKEN.matcher(markup);
		while (token.find()) {
			if (token.group(5) != null) {
				String text = token.group(5).strip();
				boolean covered = !replaced.isEmpty() && replaced.peek();
				if (!covered && WORDS.matcher(text).find()) {
					found.add(text.replaceAll("\\s+", " "));
				}
				continue;
			}
			String name = token.group(2).toLowerCase();
			boolean closing = !token.group(1).isEmpty();
			boolean selfClosing = !token.group(4).isEmpty() || VOID.contains(name);
			if (closing) {
				if (!replaced.isEmpty()) {
					replaced.pop();
				}
			}
			else if (!selfClosing) {
				boolean parentCovered = !replaced.isEmpty() && replaced.peek();
				replaced.push(parentCovered || CODE.contains(name) || REPLACING.matcher(token.group(3)).find());
			}
		}
		return found;
	}

}
