package kg.omb.directory.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import kg.omb.directory.EducationSector;

/** A new level of training. */
record LevelForm(
		@NotBlank(message = "{classifier.form.level-code.required}") @Pattern(regexp = "^\\s*[A-Za-z0-9_.-]{1,32}\\s*$", message = "{classifier.error.level-code-format}") String code,
		@NotBlank(message = "{directory.form.name-ky.required}") @Size(max = 200, message = "{directory.form.name.size}") String nameKy,
		@NotBlank(message = "{directory.form.name-ru.required}") @Size(max = 200, message = "{directory.form.name.size}") String nameRu,
		@Size(max = 200, message = "{directory.form.name.size}") @Nullable String nameEn,
		@NotNull(message = "{classifier.form.level-sector.required}") @Nullable EducationSector sector) {

	static LevelForm empty() {
		return new LevelForm("", "", "", null, null);
	}

}
