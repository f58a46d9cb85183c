package kg.omb.association.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The chair adds a subsection for one level of training to a section (§19) by an act, with its head if known. */
record SubsectionForm(@Nullable Long sectionId,
		@NotNull(message = "{association.manage.form.version.required}") @Nullable Long version,
		@NotNull(message = "{association.manage.form.act.required}") @Nullable Long actId,
		@NotBlank(message = "{association.manage.form.level.required}") @Nullable String levelCode,
		@NotBlank(message = "{association.manage.form.name-ky.required}") @Size(max = 500,
				message = "{association.manage.form.too-long}") @Nullable String nameKy,
		@Size(max = 500, message = "{association.manage.form.too-long}") @Nullable String nameRu,
		@Size(max = 500, message = "{association.manage.form.too-long}") @Nullable String nameEn,
		@Email(message = "{association.manage.form.email.invalid}") @Nullable String headEmail,
		@Size(max = 200, message = "{association.manage.form.too-long}") @Nullable String headName) {

	static SubsectionForm empty() {
		return new SubsectionForm(null, null, null, null, null, null, null, null, null);
	}

	public boolean concerns(long id) {
		return sectionId != null && sectionId == id;
	}

}
