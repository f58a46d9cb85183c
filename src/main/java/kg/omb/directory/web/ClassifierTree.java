package kg.omb.directory.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import kg.omb.directory.ClassifierEntryView;
import kg.omb.shared.LocalizedText;

/**
 * The classifier as a tree: groups, the directions within them, the specialties within those. A search keeps the
 * entries whose code or name (in any language) contains the text, with the entries above them so that they are
 * shown in place; hiding retired entries drops those retired by the day.
 */
record ClassifierTree(List<Node> roots, int shown) {

	record Node(ClassifierEntryView entry, boolean retired, boolean match, List<Node> children) {
	}

	static ClassifierTree of(List<ClassifierEntryView> entries, String query, boolean hideRetired, LocalDate today) {
		Map<String, ClassifierEntryView> byCode = new LinkedHashMap<>();
		entries.forEach(entry -> byCode.put(entry.code(), entry));
		Map<String, List<ClassifierEntryView>> children = new LinkedHashMap<>();
		List<ClassifierEntryView> tops = new ArrayList<>();
		for (ClassifierEntryView entry : entries) {
			if (entry.parentCode() == null || !byCode.containsKey(entry.parentCode())) {
				tops.add(entry);
			}
			else {
				children.computeIfAbsent(entry.parentCode(), code -> new ArrayList<>()).add(entry);
			}
		}
		String text = query.strip().toLowerCase(Locale.ROOT);
		var builder = new Builder(children, text, hideRetired, today);
		List<Node> roots = tops.stream().map(builder::node).filter(java.util.Objects::nonNull).toList();
		return new ClassifierTree(roots, builder.shown);
	}

	private static final class Builder {

		private final Map<String, List<ClassifierEntryView>> children;

		private final String text;

		private final boolean hideRetired;

		private final LocalDate today;

		private int shown;

		Builder(Map<String, List<ClassifierEntryView>> children, String text, boolean hideRetired, LocalDate today) {
			this.children = children;
			this.text = text;
			this.hideRetired = hideRetired;
			this.today = today;
		}

		@Nullable Node node(ClassifierEntryView entry) {
			boolean retired = entry.retiredOn() != null && !entry.retiredOn().isAfter(today);
			if (hideRetired && retired) {
				return null;
			}
			boolean match = !text.isEmpty() && matches(entry);
			List<Node> kept = new ArrayList<>();
			for (ClassifierEntryView child : children.getOrDefault(entry.code(), List.of())) {
				Node node = node(child);
				if (node != null) {
					kept.add(node);
				}
			}
			if (!text.isEmpty() && !match && kept.isEmpty()) {
				return null;
			}
			shown++;
			return new Node(entry, retired, match, kept);
		}

		private boolean matches(ClassifierEntryView entry) {
			return entry.code().contains(text) || contains(entry.name());
		}

		private boolean contains(LocalizedText name) {
			for (String value : new String[] { name.ky(), name.ru(), name.en() }) {
				if (value != null && value.toLowerCase(Locale.ROOT).contains(text)) {
					return true;
				}
			}
			return false;
		}

	}

}
