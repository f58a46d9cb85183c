package kg.omb.documents.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

import kg.omb.documents.ClauseChange;
import kg.omb.documents.ClauseChange.Kind;
import kg.omb.documents.ClauseChange.TextSegment;
import kg.omb.documents.ClauseChange.TextSegment.Type;
import kg.omb.documents.ClauseView;
import kg.omb.shared.html.RichText;

/**
 * Compares two versions clause by clause: clauses are matched by their stable key, so a renumbered clause is the
 * same clause; the text of a matched clause is compared word by word. The result follows the newer version's order,
 * with a removed clause where it stood in the older one.
 */
public final class ClauseDiff {

	private ClauseDiff() {
	}

	public static List<ClauseChange> compare(List<ClauseView> older, List<ClauseView> newer) {
		Map<String, ClauseView> before = byKey(older);
		Map<String, ClauseView> after = byKey(newer);
		List<String> oldKeys = List.copyOf(before.keySet());
		List<String> newKeys = List.copyOf(after.keySet());
		Patch<String> patch = DiffUtils.diff(oldKeys, newKeys);
		List<ClauseChange> changes = new ArrayList<>();
		int oldIndex = 0;
		int newIndex = 0;
		for (AbstractDelta<String> delta : patch.getDeltas()) {
			while (oldIndex < delta.getSource().getPosition()) {
				changes.add(matched(before.get(oldKeys.get(oldIndex++)), after.get(newKeys.get(newIndex++))));
			}
			for (String key : delta.getSource().getLines()) {
				oldIndex++;
				if (!after.containsKey(key)) {
					changes.add(removed(before.get(key)));
				}
			}
			for (String key : delta.getTarget().getLines()) {
				newIndex++;
				ClauseView previous = before.get(key);
				changes.add(previous == null ? added(after.get(key)) : matched(previous, after.get(key)));
			}
		}
		while (oldIndex < oldKeys.size()) {
			changes.add(matched(before.get(oldKeys.get(oldIndex++)), after.get(newKeys.get(newIndex++))));
		}
		return changes;
	}

	/** The two texts split into words and the spaces between them, the differences marked. */
	public static List<TextSegment> words(String older, String newer) {
		List<String> from = tokens(older);
		List<String> to = tokens(newer);
		Patch<String> patch = DiffUtils.diff(from, to);
		List<TextSegment> segments = new ArrayList<>();
		int index = 0;
		for (AbstractDelta<String> delta : patch.getDeltas()) {
			append(segments, Type.EQUAL, from.subList(index, delta.getSource().getPosition()));
			append(segments, Type.DELETED, delta.getSource().getLines());
			append(segments, Type.INSERTED, delta.getTarget().getLines());
			index = delta.getSource().getPosition() + delta.getSource().size();
		}
		append(segments, Type.EQUAL, from.subList(index, from.size()));
		return segments;
	}

	private static ClauseChange matched(ClauseView older, ClauseView newer) {
		String oldText = text(older);
		String newText = text(newer);
		boolean same = oldText.equals(newText) && older.number().equals(newer.number())
				&& older.level() == newer.level();
		List<TextSegment> segments = oldText.equals(newText) ? whole(Type.EQUAL, newText) : words(oldText, newText);
		return new ClauseChange(newer.key(), same ? Kind.UNCHANGED : Kind.CHANGED, older.number(), newer.number(),
				segments);
	}

	private static ClauseChange added(ClauseView clause) {
		return new ClauseChange(clause.key(), Kind.ADDED, null, clause.number(), whole(Type.INSERTED, text(clause)));
	}

	private static ClauseChange removed(ClauseView clause) {
		return new ClauseChange(clause.key(), Kind.REMOVED, clause.number(), null, whole(Type.DELETED, text(clause)));
	}

	private static List<TextSegment> whole(Type type, String text) {
		return text.isEmpty() ? List.of() : List.of(new TextSegment(type, text));
	}

	static String text(ClauseView clause) {
		String body = RichText.plainText(clause.html());
		String heading = clause.heading();
		if (heading == null || heading.isBlank()) {
			return body;
		}
		return body.isEmpty() ? heading.strip() : heading.strip() + " " + body;
	}

	private static List<String> tokens(String text) {
		if (text.isEmpty()) {
			return List.of();
		}
		return Arrays.asList(text.split("(?<=\\s)(?=\\S)|(?<=\\S)(?=\\s)"));
	}

	private static void append(List<TextSegment> segments, Type type, List<String> tokens) {
		if (tokens.isEmpty()) {
			return;
		}
		String text = String.join("", tokens);
		int last = segments.size() - 1;
		if (last >= 0 && segments.get(last).type() == type) {
			segments.set(last, new TextSegment(type, segments.get(last).text() + text));
		}
		else {
			segments.add(new TextSegment(type, text));
		}
	}

	private static Map<String, ClauseView> byKey(List<ClauseView> clauses) {
		return clauses.stream()
			.collect(Collectors.toMap(ClauseView::key, Function.identity(), (first, second) -> first,
					LinkedHashMap::new));
	}

}
