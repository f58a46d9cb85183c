package kg.omb.directory.web;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import kg.omb.directory.ClassifierKind;
import kg.omb.directory.domain.ClassifierEntryData;

/** The form of a new classifier entry. */
record ClassifierEntryForm(
		@NotBlank(message = "{classifier.form.code.required}") @Pattern(regexp = "^\\s*\\d{6}\\s*$", message = "{classifier.error.code-format}") String code,
		@NotNull(message = "{classifier.form.kind.required}") @Nullable ClassifierKind kind,
		@NotBlank(message = "{directory.form.name-ky.required}") @Size(max = 500, message = "{directory.form.name.size}") String nameKy,
		@NotBlank(message = "{directory.form.name-ru.required}") @Size(max = 500, message = "{directory.form.name.size}") String nameRu,
		@Size(max = 500, message = "{directory.form.name.size}") @Nullable String nameEn,
		@Nullable String parentCode,
		@Nullable Set<String> levels,
		@Nullable String introducedOn) {

	static ClassifierEntryForm empty(LocalDate today) {
		return new ClassifierEntryForm("", null, "", "", null, null, Set.of(), today.toString());
	}

	ClassifierEntryData toData(LocalDate introduced) {
		return ClassifierEntryData.introduced(code.strip(), kind, FormFailures.text(nameKy, nameRu, nameEn),
				parentCode, levels == null ? Set.of() : levels, introduced);
	}


}
