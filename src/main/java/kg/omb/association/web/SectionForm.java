package kg.omb.association.web;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The chair creates a section (§19) for directions or specialties within the OMB's groups, at a leading
 * organisation, by an act; its head is named by the e-mail of their account or, without one, by name.
 */
record SectionForm(
		@NotBlank(message = "{association.manage.form.name-ky.required}") @Size(max = 500,
				message = "{association.manage.form.too-long}") @Nullable String nameKy,
		@Size(max = 500, message = "{association.manage.form.too-long}") @Nullable String nameRu,
		@Size(max = 500, message = "{association.manage.form.too-long}") @Nullable String nameEn,
		@NotEmpty(message = "{association.manage.form.codes.required}") @Nullable Set<String> classifierCodes,
		@NotNull(message = "{association.manage.form.leading.required}") @Nullable Long leadingOrganizationId,
		@NotNull(message = "{association.manage.form.act.required}") @Nullable Long actId,
		@Email(message = "{association.manage.form.email.invalid}") @Nullable String headEmail,
		@Size(max = 200, message = "{association.manage.form.too-long}") @Nullable String headName) {

	static SectionForm empty() {
		return new SectionForm(null, null, null, Set.of(), null, null, null, null);
	}

	public boolean hasCode(String code) {
		return classifierCodes != null && classifierCodes.contains(code);
	}

}
