package kg.omb.directory.web;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import kg.omb.directory.domain.ClassifierEntryData;
import kg.omb.directory.domain.Editable;
import kg.omb.shared.LocalizedText;

/** New names and levels of an entry, as of the version the person saw. */
record ClassifierEditForm(
		@NotBlank(message = "{directory.form.name-ky.required}") @Size(max = 500, message = "{directory.form.name.size}") String nameKy,
		@NotBlank(message = "{directory.form.name-ru.required}") @Size(max = 500, message = "{directory.form.name.size}") String nameRu,
		@Size(max = 500, message = "{directory.form.name.size}") @Nullable String nameEn,
		@Nullable Set<String> levels,
		@Nullable Long version) {

	static ClassifierEditForm of(Editable<ClassifierEntryData> editable) {
		LocalizedText name = editable.value().name();
		return new ClassifierEditForm(name.ky(), name.ru(), name.en(), editable.value().levelCodes(),
				editable.version());
	}

	LocalizedText name() {
		return FormFailures.text(nameKy, nameRu, nameEn);
	}

	Set<String> levelCodes() {
		return levels == null ? Set.of() : levels;
	}


}
