package kg.omb.association.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A person joining a working group: from any education organisation, with an account (by e-mail) or without. */
record ParticipantForm(@Nullable Long workingGroupId,
		@NotNull(message = "{association.manage.form.version.required}") @Nullable Long version,
		@NotBlank(message = "{association.manage.form.person-name.required}") @Size(max = 200,
				message = "{association.manage.form.too-long}") @Nullable String personName,
		@Email(message = "{association.manage.form.email.invalid}") @Nullable String email,
		@NotNull(message = "{association.manage.form.organization.required}") @Nullable Long organizationId,
		@Size(max = 200, message = "{association.manage.form.too-long}") @Nullable String groupRole) {

	static ParticipantForm empty() {
		return new ParticipantForm(null, null, null, null, null, null);
	}

	public boolean concerns(long id) {
		return workingGroupId != null && workingGroupId == id;
	}

}
