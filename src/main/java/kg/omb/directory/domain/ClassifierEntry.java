package kg.omb.directory.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import kg.omb.directory.ClassifierEntryView;
import kg.omb.directory.ClassifierKind;
import kg.omb.shared.BaseEntity;
import kg.omb.shared.DomainException;
import kg.omb.shared.LocalizedText;

/**
 * A group, direction or specialty of the classifier under its six-digit code. It is never deleted: a code that is
 * no longer in use is retired on a date (usually by an order), stays in every record that used it, and is refused
 * for anything new. Each change returns what changed, so that the service keeps the entry's history.
 */
@Entity
@Table(name = "classifier_entry")
public class ClassifierEntry extends BaseEntity {

	@Column(nullable = false, length = 6, updatable = false)
	private String code;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private ClassifierKind kind;

	@Embedded
	@AttributeOverride(name = "ky", column = @Column(name = "name_ky"))
	@AttributeOverride(name = "ru", column = @Column(name = "name_ru"))
	@AttributeOverride(name = "en", column = @Column(name = "name_en"))
	private @Nullable LocalizedText name;

	@Column(name = "parent_code", length = 6)
	private @Nullable String parentCode;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "classifier_entry_level", joinColumns = @JoinColumn(name = "entry_id"))
	@Column(name = "level_code", nullable = false)
	private Set<String> levelCodes = new HashSet<>();

	@Column(name = "introduced_on", nullable = false)
	private LocalDate introducedOn;

	@Column(name = "retired_on")
	private @Nullable LocalDate retiredOn;

	@Column(name = "retired_by_act_id")
	private @Nullable Long retiredByActId;

	protected ClassifierEntry() {
		this.code = "";
		this.kind = ClassifierKind.GROUP;
		this.introducedOn = LocalDate.EPOCH;
	}

	public ClassifierEntry(String code, ClassifierKind kind, LocalizedText name, @Nullable String parentCode,
			Set<String> levelCodes, LocalDate introducedOn) {
		this.code = Codes.classifierCode(code);
		if (kind == null) {
			throw new DomainException("classifier.error.kind-required");
		}
		if (introducedOn == null) {
			throw new DomainException("classifier.error.introduced-required");
		}
		this.kind = kind;
		this.introducedOn = introducedOn;
		this.name = requireName(name);
		this.parentCode = checkParent(kind, parentCode);
		this.levelCodes.addAll(checkLevels(kind, levelCodes));
	}

	/** New names in the three languages. */
	public List<FieldChange> rename(LocalizedText newName) {
		requireNotRetired();
		LocalizedText checked = requireName(newName);
		LocalizedText old = getName();
		List<FieldChange> changes = new ArrayList<>();
		addIfDifferent(changes, "name.ky", old.ky(), checked.ky());
		addIfDifferent(changes, "name.ru", old.ru(), checked.ru());
		addIfDifferent(changes, "name.en", old.en(), checked.en());
		this.name = checked;
		return changes;
	}

	/** The levels at which the direction or specialty is taught from now on. */
	public List<FieldChange> changeLevels(Set<String> newLevels) {
		requireNotRetired();
		Set<String> checked = checkLevels(kind, newLevels);
		String before = String.join(",", Texts.sorted(levelCodes));
		String after = String.join(",", Texts.sorted(checked));
		if (before.equals(after)) {
			return List.of();
		}
		levelCodes.clear();
		levelCodes.addAll(checked);
		return List.of(new FieldChange("levels", before, after));
	}

	/** Moves a direction or specialty under another group or direction (the service checks the parent's kind). */
	public List<FieldChange> moveTo(@Nullable String newParentCode) {
		requireNotRetired();
		String checked = checkParent(kind, newParentCode);
		if (Objects.equals(checked, parentCode)) {
			return List.of();
		}
		FieldChange change = new FieldChange("parent", parentCode, checked);
		this.parentCode = checked;
		return List.of(change);
	}

	/** Retires the code from the day on (usually by an order, {@code actId}); it stays in history. */
	public List<FieldChange> retire(LocalDate on, @Nullable Long actId) {
		if (retiredOn != null) {
			throw new DomainException("classifier.error.already-retired", code, retiredOn);
		}
		if (on == null) {
			throw new DomainException("classifier.error.retired-on-required");
		}
		if (on.isBefore(introducedOn)) {
			throw new DomainException("classifier.error.retired-before-introduced", code, introducedOn);
		}
		this.retiredOn = on;
		this.retiredByActId = actId;
		return List.of(new FieldChange("retired", null, on.toString()));
	}

	public boolean usableOn(LocalDate day) {
		return !introducedOn.isAfter(day) && (retiredOn == null || day.isBefore(retiredOn));
	}

	/** Whether the code is retired (or will be) by the day. */
	public boolean retiredBy(LocalDate day) {
		return retiredOn != null && !retiredOn.isAfter(day);
	}

	public String getCode() {
		return code;
	}

	public ClassifierKind getKind() {
		return kind;
	}

	public LocalizedText getName() {
		return Texts.orEmpty(name);
	}

	public @Nullable String getParentCode() {
		return parentCode;
	}

	public Set<String> getLevelCodes() {
		return Set.copyOf(levelCodes);
	}

	public LocalDate getIntroducedOn() {
		return introducedOn;
	}

	public @Nullable LocalDate getRetiredOn() {
		return retiredOn;
	}

	public @Nullable Long getRetiredByActId() {
		return retiredByActId;
	}

	public ClassifierEntryView view() {
		return new ClassifierEntryView(id(), code, kind, getName(), parentCode, Texts.sorted(levelCodes),
				introducedOn, retiredOn);
	}

	private void requireNotRetired() {
		if (retiredOn != null) {
			throw new DomainException("classifier.error.retired-unchangeable", code, retiredOn);
		}
	}

	private static LocalizedText requireName(@Nullable LocalizedText name) {
		if (name == null || name.isEmpty()) {
			throw new DomainException("classifier.error.name-required");
		}
		return name;
	}

	private @Nullable String checkParent(ClassifierKind kind, @Nullable String parent) {
		String cleaned = Texts.clean(parent);
		if (kind == ClassifierKind.GROUP) {
			if (cleaned != null) {
				throw new DomainException("classifier.error.group-parent");
			}
			return null;
		}
		if (cleaned == null) {
			throw new DomainException("classifier.error.parent-required");
		}
		String checked = Codes.classifierCode(cleaned);
		if (checked.equals(code)) {
			throw new DomainException("classifier.error.own-parent");
		}
		return checked;
	}

	private static Set<String> checkLevels(ClassifierKind kind, @Nullable Set<String> levels) {
		Set<String> cleaned = new HashSet<>();
		if (levels != null) {
			levels.stream().map(Texts::clean).filter(Objects::nonNull).forEach(cleaned::add);
		}
		if (kind != ClassifierKind.GROUP && cleaned.isEmpty()) {
			throw new DomainException("classifier.error.levels-required");
		}
		return cleaned;
	}

	private static void addIfDifferent(List<FieldChange> changes, String field, @Nullable String old,
			@Nullable String now) {
		if (!Objects.equals(old, now)) {
			changes.add(new FieldChange(field, old, now));
		}
	}

}
