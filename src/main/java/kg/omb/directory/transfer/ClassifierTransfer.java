package kg.omb.directory.transfer;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import kg.omb.directory.ClassifierKind;
import kg.omb.directory.Directory;
import kg.omb.directory.EducationLevelView;
import kg.omb.directory.domain.ClassifierAdministration;
import kg.omb.shared.LocalizedText;

/**
 * The classifier in and out, matched by the six-digit code. Besides the cells' own rules: a direction belongs to a
 * group, a specialty to a group or a direction, found in the file or in the directory; a parent that is not in use
 * (retired, or introduced later) takes no new children; an entry keeps its kind and its day of introduction, a
 * retired entry does not change, and an entry is retired only after its children. Rows are written parents first;
 * retirements of existing entries last, children first.
 */
@Component
class ClassifierTransfer implements ImportTarget<ClassifierRow> {

	static final ZoneId BISHKEK = ZoneId.of("Asia/Bishkek");

	static final Pattern CODE = Pattern.compile("\\d{6}");

	static final Column CODE_COLUMN = Column.required("code", 6);

	static final Column KIND = Column.required("kind", 16);

	static final Column PARENT = Column.optional("parent_code", 6);

	static final Column NAME_KY = Column.required("name_ky", 500);

	static final Column NAME_RU = Column.optional("name_ru", 500);

	static final Column NAME_EN = Column.optional("name_en", 500);

	static final Column LEVELS = Column.optional("levels", 200);

	static final Column INTRODUCED = Column.required("introduced_on", 10);

	static final Column RETIRED = Column.optional("retired_on", 10);

	static final List<Column> COLUMNS = List.of(CODE_COLUMN, KIND, PARENT, NAME_KY, NAME_RU, NAME_EN, LEVELS,
			INTRODUCED, RETIRED);

	private final Directory directory;

	private final ClassifierAdministration administration;

	private final Clock clock;

	ClassifierTransfer(Directory directory, ClassifierAdministration administration, Clock clock) {
		this.directory = directory;
		this.administration = administration;
		this.clock = clock;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.CLASSIFIER;
	}

	@Override
	public List<Column> columns() {
		return COLUMNS;
	}

	@Override
	public String fileName() {
		return "classifier";
	}

	@Override
	public @Nullable ClassifierRow parse(RowCells cells) {
		String code = cells.code(CODE_COLUMN, CODE, false, "transfer.error.classifier.code");
		ClassifierKind kind = cells.choice(KIND, ClassifierKind.class);
		String parent = cells.code(PARENT, CODE, false, "transfer.error.classifier.code");
		LocalizedText name = cells.name(NAME_KY, NAME_RU, NAME_EN, true);
		Set<String> levels = levelCodes(cells.text(LEVELS));
		LocalDate introduced = cells.date(INTRODUCED);
		LocalDate retired = cells.date(RETIRED);
		if (kind == ClassifierKind.GROUP && parent != null) {
			cells.error(PARENT, parent, "transfer.error.classifier.group-parent");
		}
		if (kind != null && kind != ClassifierKind.GROUP) {
			if (cells.raw(PARENT).isEmpty()) {
				cells.error(PARENT, "", "transfer.error.classifier.parent-required");
			}
			if (levels.isEmpty() && cells.raw(LEVELS).isEmpty()) {
				cells.error(LEVELS, "", "transfer.error.classifier.levels-required");
			}
		}
		if (code != null && code.equals(parent)) {
			cells.error(PARENT, parent, "transfer.error.classifier.own-parent");
		}
		if (introduced != null && retired != null && retired.isBefore(introduced)) {
			cells.error(RETIRED, retired.toString(), "transfer.error.classifier.retired-before-introduced",
					introduced);
		}
		if (code == null || kind == null || name.ky() == null || introduced == null) {
			return null;
		}
		return new ClassifierRow(code, kind, parent, name, levels, introduced, retired);
	}

	@Override
	public List<Planned<ClassifierRow>> plan(List<Numbered<ClassifierRow>> rows, ImporterRights rights,
			Problems problems) {
		Map<String, ClassifierRow> existing = new HashMap<>();
		for (ClassifierKind kind : ClassifierKind.values()) {
			directory.classifier(kind).forEach(view -> existing.put(view.code(), ClassifierRow.of(view)));
		}
		Set<String> levels = new HashSet<>();
		directory.levels().forEach(level -> levels.add(level.code()));
		Map<String, Numbered<ClassifierRow>> inFile = new LinkedHashMap<>();
		for (Numbered<ClassifierRow> row : rows) {
			Numbered<ClassifierRow> first = inFile.putIfAbsent(row.value().code(), row);
			if (first != null) {
				problems.error(row.row(), CODE_COLUMN, row.value().code(), "transfer.error.duplicate-code", first.row());
			}
		}
		Map<String, ClassifierRow> after = new HashMap<>(existing);
		inFile.values().forEach(row -> after.put(row.value().code(), row.value()));
		Map<String, List<ClassifierRow>> children = new HashMap<>();
		after.values().stream().filter(row -> row.parentCode() != null)
			.forEach(row -> children.computeIfAbsent(row.parentCode(), key -> new ArrayList<>()).add(row));
		LocalDate today = LocalDate.ofInstant(clock.instant(), BISHKEK);
		List<Planned<ClassifierRow>> planned = new ArrayList<>();
		for (Numbered<ClassifierRow> row : inFile.values()) {
			var check = new RowCheck(row, existing.get(row.value().code()), problems);
			check.levels(levels);
			check.fixedFields();
			check.parent(after, today);
			check.retirement(children.getOrDefault(row.value().code(), List.of()));
			planned.add(Planned.of(row, check.before));
		}
		planned.sort(Comparator.comparingInt(row -> depth(row.value(), after)));
		return planned;
	}

	@Override
	public void write(List<Planned<ClassifierRow>> rows, Runnable written) {
		List<Planned<ClassifierRow>> retiring = new ArrayList<>();
		for (Planned<ClassifierRow> row : rows) {
			if (row.outcome() == Counts.Outcome.UNCHANGED) {
				written.run();
				continue;
			}
			if (retiresExisting(row)) {
				// its children may retire later in the file: they go first (below), the entry itself after them
				RowRefused.guard(row.row(), () -> administration.saveByCode(row.value().notRetired().data()));
				retiring.add(row);
				continue;
			}
			RowRefused.guard(row.row(), () -> administration.saveByCode(row.value().data()));
			written.run();
		}
		for (int i = retiring.size() - 1; i >= 0; i--) {
			Planned<ClassifierRow> row = retiring.get(i);
			RowRefused.guard(row.row(), () -> administration.saveByCode(row.value().data()));
			written.run();
		}
	}

	@Override
	public List<String> cells(ClassifierRow row) {
		Map<String, Integer> positions = levelPositions();
		return List.of(row.code(), row.kind().name(), text(row.parentCode()), text(row.name().ky()),
				text(row.name().ru()), text(row.name().en()),
				RowCells.joined(row.levels().stream()
					.sorted(Comparator.comparing((String level) -> positions.getOrDefault(level, Integer.MAX_VALUE))
						.thenComparing(Comparator.naturalOrder()))
					.toList()),
				row.introducedOn().toString(), row.retiredOn() == null ? "" : row.retiredOn().toString());
	}

	@Override
	public void each(Consumer<ClassifierRow> consumer) {
		List<ClassifierRow> all = new ArrayList<>();
		for (ClassifierKind kind : ClassifierKind.values()) {
			directory.classifier(kind).forEach(view -> all.add(ClassifierRow.of(view)));
		}
		all.sort(Comparator.comparing(ClassifierRow::code));
		all.forEach(consumer);
	}

	private Map<String, Integer> levelPositions() {
		Map<String, Integer> positions = new HashMap<>();
		for (EducationLevelView level : directory.levels()) {
			positions.put(level.code(), level.position());
		}
		return positions;
	}

	private static boolean retiresExisting(Planned<ClassifierRow> row) {
		return row.existing() != null && row.existing().retiredOn() == null && row.value().retiredOn() != null;
	}

	/** Groups first, then what hangs on them: a parent is always written before its children. */
	private static int depth(ClassifierRow row, Map<String, ClassifierRow> entries) {
		int depth = 0;
		ClassifierRow current = row;
		while (current.parentCode() != null && depth < ClassifierKind.values().length) {
			depth++;
			current = entries.get(current.parentCode());
			if (current == null) {
				break;
			}
		}
		return depth;
	}

	private static Set<String> levelCodes(@Nullable String cell) {
		Set<String> codes = new java.util.LinkedHashSet<>();
		if (cell != null) {
			for (String part : cell.split("[;,|\\s]+")) {
				if (!part.isBlank()) {
					codes.add(part.strip().toUpperCase(Locale.ROOT));
				}
			}
		}
		return codes;
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

	/** The checks of one row against the file and the directory. */
	private static final class RowCheck {

		private final Numbered<ClassifierRow> numbered;

		private final ClassifierRow row;

		private final @Nullable ClassifierRow before;

		private final Problems problems;

		RowCheck(Numbered<ClassifierRow> numbered, @Nullable ClassifierRow before, Problems problems) {
			this.numbered = numbered;
			this.row = numbered.value();
			this.before = before;
			this.problems = problems;
		}

		void levels(Set<String> known) {
			for (String level : row.levels()) {
				if (!known.contains(level)) {
					error(LEVELS, level, "transfer.error.unknown-value", String.join(", ", new java.util.TreeSet<>(known)));
				}
			}
		}

		void fixedFields() {
			if (before == null) {
				return;
			}
			if (before.kind() != row.kind()) {
				error(KIND, row.kind().name(), "transfer.error.classifier.kind-fixed", before.kind().name());
			}
			if (!before.introducedOn().equals(row.introducedOn())) {
				error(INTRODUCED, row.introducedOn().toString(), "transfer.error.classifier.introduced-fixed",
						before.introducedOn());
			}
			if (before.retiredOn() != null && !before.equals(row)) {
				error(before.retiredOn().equals(row.retiredOn()) ? CODE_COLUMN : RETIRED,
						Objects.toString(row.retiredOn(), ""), "transfer.error.classifier.retired-unchangeable",
						before.retiredOn());
			}
		}

		void parent(Map<String, ClassifierRow> after, LocalDate today) {
			String code = row.parentCode();
			if (code == null || code.equals(row.code())) {
				return;
			}
			ClassifierRow parent = after.get(code);
			if (parent == null) {
				error(PARENT, code, "transfer.error.classifier.unknown-parent");
				return;
			}
			boolean fits = switch (row.kind()) {
				case GROUP -> false;
				case DIRECTION -> parent.kind() == ClassifierKind.GROUP;
				case SPECIALTY -> parent.kind() != ClassifierKind.SPECIALTY;
			};
			if (!fits) {
				error(PARENT, code, "transfer.error.classifier.parent-kind." + row.kind().name());
				return;
			}
			boolean newLink = before == null || !Objects.equals(before.parentCode(), code);
			LocalDate day = before == null ? row.introducedOn() : today;
			if (newLink && !parent.usableOn(day)) {
				error(PARENT, code, "transfer.error.classifier.parent-not-in-use", day);
			}
		}

		void retirement(List<ClassifierRow> children) {
			LocalDate on = row.retiredOn();
			if (on == null || before == null || before.retiredOn() != null) {
				return;
			}
			for (ClassifierRow child : children) {
				if (!child.retiredBy(on)) {
					error(RETIRED, on.toString(), "transfer.error.classifier.active-children", child.code());
					return;
				}
			}
		}

		private void error(Column column, String value, String key, Object... args) {
			problems.error(numbered.row(), column, value, key, args);
		}

	}

}
