package kg.omb.directory.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.audit.AuditLog;
import kg.omb.directory.ClassifierKind;
import kg.omb.directory.EducationSector;
import kg.omb.shared.Actor;
import kg.omb.shared.DomainException;
import kg.omb.shared.LocalizedText;
import kg.omb.shared.NotFoundException;

/**
 * Keeps the classifier (administrators and authority officers): new entries, new names and levels, retirement on a
 * date and an act, new levels of training. Every change of an entry is written to its history and audited.
 * {@link #saveByCode} serves imports: it creates or updates an entry matched by its code, in the caller's
 * transaction, under the same permissions; a row it refuses leaves that transaction usable for the next one.
 */
@Service
@Transactional
public class ClassifierAdministration {

	static final ZoneId BISHKEK = ZoneId.of("Asia/Bishkek");

	private final ClassifierEntries entries;

	private final ClassifierChanges changes;

	private final EducationLevels levels;

	private final LegalActRecords acts;

	private final DirectoryPermissions permissions;

	private final AuditLog audit;

	private final Clock clock;

	ClassifierAdministration(ClassifierEntries entries, ClassifierChanges changes, EducationLevels levels,
			LegalActRecords acts, DirectoryPermissions permissions, AuditLog audit, Clock clock) {
		this.entries = entries;
		this.changes = changes;
		this.levels = levels;
		this.acts = acts;
		this.permissions = permissions;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Editable<ClassifierEntryData> editable(String code) {
		permissions.require(permissions.mayEditClassifier());
		ClassifierEntry entry = find(code);
		return new Editable<>(entry.id(), entry.getVersion(), data(entry));
	}

	/** Adds an entry; its group or direction must exist, be of the right kind and still be in use. */
	public long create(ClassifierEntryData data) {
		permissions.require(permissions.mayEditClassifier());
		ClassifierEntry entry = new ClassifierEntry(data.code(), data.kind(), data.name(), data.parentCode(),
				data.levelCodes(), data.introducedOn());
		if (entries.existsByCode(entry.getCode())) {
			throw new DomainException("classifier.error.duplicate-code", entry.getCode());
		}
		requireParent(entry.getKind(), entry.getParentCode(), data.introducedOn());
		requireKnownLevels(entry.getLevelCodes());
		if (data.retiredOn() != null) {
			requireAct(data.retiredByActId());
		}
		entries.saveAndFlush(entry);
		List<FieldChange> made = new ArrayList<>();
		made.add(new FieldChange("created", null, entry.getCode()));
		if (data.retiredOn() != null) {
			made.addAll(entry.retire(data.retiredOn(), data.retiredByActId()));
			entries.flush();
		}
		record(entry, made, data.retiredByActId(), "classifier.entry-created");
		return entry.id();
	}

	/** New names and levels of an entry as the person saw it. */
	public void edit(String code, long version, LocalizedText name, Set<String> levelCodes) {
		permissions.require(permissions.mayEditClassifier());
		ClassifierEntry entry = find(code);
		Versions.require(entry, version);
		requireKnownLevels(levelCodes);
		List<FieldChange> made = new ArrayList<>(entry.rename(name));
		made.addAll(entry.changeLevels(levelCodes));
		if (!made.isEmpty()) {
			entries.flush();
			record(entry, made, null, "classifier.entry-updated");
		}
	}

	/** Retires the code from the day on, citing the act when there is one; its children must be retired by then. */
	public void retire(String code, long version, LocalDate on, @Nullable Long actId) {
		permissions.require(permissions.mayEditClassifier());
		ClassifierEntry entry = find(code);
		Versions.require(entry, version);
		retire(entry, on, actId);
	}

	/**
	 * Creates the entry with this code, or brings the existing one up to the record: names, levels, parent, and
	 * retirement when the record has a date. Joins the caller's transaction; the kind and the day of introduction
	 * of an existing entry do not change.
	 */
	@Transactional(noRollbackFor = DomainException.class)
	public SaveOutcome saveByCode(ClassifierEntryData data) {
		String code = Codes.classifierCode(data.code());
		var existing = entries.findByCode(code);
		if (existing.isEmpty()) {
			return new SaveOutcome(create(data), SaveOutcome.Result.CREATED);
		}
		permissions.require(permissions.mayEditClassifier());
		ClassifierEntry entry = existing.get();
		checkUpdate(entry, data);
		if (entry.getRetiredOn() != null) {
			return new SaveOutcome(entry.id(), SaveOutcome.Result.UNCHANGED);
		}
		List<FieldChange> made = new ArrayList<>(entry.rename(data.name()));
		made.addAll(entry.changeLevels(data.levelCodes()));
		made.addAll(entry.moveTo(data.parentCode()));
		if (!made.isEmpty()) {
			entries.flush();
			record(entry, made, null, "classifier.entry-updated");
		}
		if (data.retiredOn() != null) {
			retire(entry, data.retiredOn(), data.retiredByActId());
			return new SaveOutcome(entry.id(), SaveOutcome.Result.UPDATED);
		}
		return new SaveOutcome(entry.id(), made.isEmpty() ? SaveOutcome.Result.UNCHANGED : SaveOutcome.Result.UPDATED);
	}

	/** Adds a level of training, placed after the existing ones. */
	public void addLevel(String code, LocalizedText name, EducationSector sector) {
		permissions.require(permissions.mayEditClassifier());
		int position = levels.findAllByOrderByPositionAscCodeAsc().stream()
			.mapToInt(level -> level.view().position())
			.max()
			.orElse(0) + 1;
		EducationLevel level = new EducationLevel(code, name, sector, position);
		if (levels.existsByCode(level.getCode())) {
			throw new DomainException("classifier.error.duplicate-level", level.getCode());
		}
		levels.saveAndFlush(level);
		audit.record("classifier.level-added", "education-level", level.getCode(),
				Map.of("name", AuditValues.text(name), "sector", sector.name(), "position", position));
	}

	/** Everything a record for an existing entry must agree with, checked before anything changes. */
	private void checkUpdate(ClassifierEntry entry, ClassifierEntryData data) {
		if (data.kind() != entry.getKind()) {
			throw new DomainException("classifier.error.kind-fixed", entry.getCode());
		}
		if (entry.getRetiredOn() != null) {
			if (!Objects.equals(entry.getRetiredOn(), data.retiredOn())) {
				throw new DomainException("classifier.error.already-retired", entry.getCode(), entry.getRetiredOn());
			}
			return;
		}
		// the rules of a new entry, on a copy that is never saved, so that nothing changes when one fails
		new ClassifierEntry(entry.getCode(), entry.getKind(), data.name(), data.parentCode(), data.levelCodes(),
				entry.getIntroducedOn());
		requireKnownLevels(data.levelCodes());
		if (!Objects.equals(Texts.clean(data.parentCode()), entry.getParentCode())) {
			requireParent(entry.getKind(), Texts.clean(data.parentCode()), today());
		}
		if (data.retiredOn() != null) {
			checkRetirement(entry, data.retiredOn(), data.retiredByActId());
		}
	}

	private void retire(ClassifierEntry entry, LocalDate on, @Nullable Long actId) {
		checkRetirement(entry, on, actId);
		List<FieldChange> made = entry.retire(on, actId);
		entries.flush();
		record(entry, made, actId, "classifier.entry-retired");
	}

	private void checkRetirement(ClassifierEntry entry, LocalDate on, @Nullable Long actId) {
		requireAct(actId);
		if (on == null) {
			throw new DomainException("classifier.error.retired-on-required");
		}
		for (ClassifierEntry child : entries.findByParentCodeOrderByCodeAsc(entry.getCode())) {
			if (!child.retiredBy(on)) {
				throw new DomainException("classifier.error.active-children", entry.getCode(), child.getCode());
			}
		}
	}

	private void requireParent(ClassifierKind kind, @Nullable String parentCode, LocalDate day) {
		if (parentCode == null) {
			return;
		}
		ClassifierEntry parent = entries.findByCode(parentCode)
			.orElseThrow(() -> new DomainException("classifier.error.unknown-parent", parentCode));
		boolean fits = switch (kind) {
			case GROUP -> false;
			case DIRECTION -> parent.getKind() == ClassifierKind.GROUP;
			case SPECIALTY -> parent.getKind() != ClassifierKind.SPECIALTY;
		};
		if (!fits) {
			throw new DomainException("classifier.error.parent-kind", parentCode);
		}
		if (!parent.usableOn(day)) {
			throw new DomainException("classifier.error.retired-code", parentCode);
		}
	}

	private void requireKnownLevels(Set<String> levelCodes) {
		for (String level : levelCodes) {
			if (!levels.existsByCode(level)) {
				throw new DomainException("classifier.error.unknown-level", level);
			}
		}
	}

	private void requireAct(@Nullable Long actId) {
		if (actId != null && !acts.existsById(actId)) {
			throw new DomainException("classifier.error.unknown-act", actId);
		}
	}

	private void record(ClassifierEntry entry, List<FieldChange> made, @Nullable Long actId, String action) {
		Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
		Actor actor = Actor.current();
		made.forEach(change -> changes.save(new ClassifierChange(entry.id(), change, now, actor, actId)));
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("code", entry.getCode());
		details.put("changes", made.stream()
			.map(change -> change.field() + ": " + change.oldValue() + " -> " + change.newValue())
			.toList());
		if (actId != null) {
			details.put("legalActId", actId);
		}
		audit.record(action, "classifier-entry", entry.id(), details);
	}

	private ClassifierEntry find(String code) {
		return entries.findByCode(code.strip())
			.orElseThrow(() -> new NotFoundException("classifier.error.unknown-code", code));
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), BISHKEK);
	}

	private static ClassifierEntryData data(ClassifierEntry entry) {
		return new ClassifierEntryData(entry.getCode(), entry.getKind(), entry.getName(), entry.getParentCode(),
				entry.getLevelCodes(), entry.getIntroducedOn(), entry.getRetiredOn(), entry.getRetiredByActId());
	}

}
