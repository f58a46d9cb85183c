package kg.omb.directory.web;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import kg.omb.directory.EducationSector;
import kg.omb.directory.domain.AuthorityDetails;
import kg.omb.directory.domain.Editable;

/** The form of an authorized body; {@code version} is the one the person saw when editing. */
record AuthorityForm(
		@NotBlank(message = "{directory.form.code.required}") @Size(max = 32, message = "{directory.form.code.size}") String code,
		@NotBlank(message = "{directory.form.name-ky.required}") @Size(max = 500, message = "{directory.form.name.size}") String nameKy,
		@NotBlank(message = "{directory.form.name-ru.required}") @Size(max = 500, message = "{directory.form.name.size}") String nameRu,
		@Size(max = 500, message = "{directory.form.name.size}") @Nullable String nameEn,
		@Size(max = 100, message = "{directory.form.short-name.size}") @Nullable String shortNameKy,
		@Size(max = 100, message = "{directory.form.short-name.size}") @Nullable String shortNameRu,
		@Size(max = 100, message = "{directory.form.short-name.size}") @Nullable String shortNameEn,
		@NotEmpty(message = "{authority.form.sectors.required}") @Nullable Set<EducationSector> sectors,
		@Size(max = 500, message = "{directory.form.website.size}") @Pattern(regexp = "^$|^https?://\\S+$", message = "{directory.form.website.invalid}") @Nullable String website,
		@Nullable Long version) {

	static AuthorityForm empty() {
		return new AuthorityForm("", "", "", null, null, null, null, Set.of(), null, null);
	}

	static AuthorityForm of(Editable<AuthorityDetails> editable) {
		AuthorityDetails details = editable.value();
		var shortName = details.shortName();
		return new AuthorityForm(details.code(), details.name().ky(), details.name().ru(), details.name().en(),
				shortName == null ? null : shortName.ky(), shortName == null ? null : shortName.ru(),
				shortName == null ? null : shortName.en(), details.sectors(), details.website(), editable.version());
	}

	AuthorityDetails toDetails() {
		return new AuthorityDetails(code, FormFailures.text(nameKy, nameRu, nameEn),
				FormFailures.text(shortNameKy, shortNameRu, shortNameEn), sectors == null ? Set.of() : sectors, website);
	}


}
