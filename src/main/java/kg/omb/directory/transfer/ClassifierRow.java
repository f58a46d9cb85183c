package kg.omb.directory.transfer;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import kg.omb.directory.ClassifierEntryView;
import kg.omb.directory.ClassifierKind;
import kg.omb.directory.domain.ClassifierEntryData;
import kg.omb.shared.LocalizedText;

/** A group, direction or specialty as one row of a file has it. */
record ClassifierRow(String code, ClassifierKind kind, @Nullable String parentCode, LocalizedText name,
		Set<String> levels, LocalDate introducedOn, @Nullable LocalDate retiredOn) {

	ClassifierRow {
		levels = Set.copyOf(levels);
	}

	static ClassifierRow of(ClassifierEntryView view) {
		return new ClassifierRow(view.code(), view.kind(), view.parentCode(), view.name(), view.levelCodes(),
				view.introducedOn(), view.retiredOn());
	}

	boolean retiredBy(LocalDate day) {
		return retiredOn != null && !retiredOn.isAfter(day);
	}

	boolean usableOn(LocalDate day) {
		return !introducedOn.isAfter(day) && (retiredOn == null || day.isBefore(retiredOn));
	}

	ClassifierRow notRetired() {
		return new ClassifierRow(code, kind, parentCode, name, levels, introducedOn, null);
	}

	ClassifierEntryData data() {
		return new ClassifierEntryData(code, kind, name, parentCode, levels, introducedOn, retiredOn, null);
	}

}
