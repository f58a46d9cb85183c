package kg.omb.association.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The chair appoints a section's head by an act: the head named by the e-mail of their account or, without one, by
 * name.
 */
record HeadForm(@Nullable Long sectionId,
		@NotNull(message = "{association.manage.form.version.required}") @Nullable Long version,
		@NotNull(message = "{association.manage.form.act.required}") @Nullable Long actId,
		@Email(message = "{association.manage.form.email.invalid}") @Nullable String headEmail,
		@Size(max = 200, message = "{association.manage.form.too-long}") @Nullable String headName) {

	static HeadForm empty() {
		return new HeadForm(null, null, null, null, null);
	}

	public boolean concerns(long id) {
		return sectionId != null && sectionId == id;
	}

}
