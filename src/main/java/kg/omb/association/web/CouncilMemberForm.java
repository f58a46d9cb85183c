package kg.omb.association.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The authority appoints a council member by its act; a person with an account is named by e-mail too. */
record CouncilMemberForm(@Nullable Long councilId,
		@NotNull(message = "{association.manage.form.version.required}") @Nullable Long version,
		@NotBlank(message = "{association.manage.form.person-name.required}") @Size(max = 200,
				message = "{association.manage.form.too-long}") @Nullable String personName,
		@Email(message = "{association.manage.form.email.invalid}") @Nullable String email,
		@Nullable Long organizationId,
		@NotBlank(message = "{association.manage.form.position.required}") @Size(max = 300,
				message = "{association.manage.form.too-long}") @Nullable String position,
		@NotNull(message = "{association.manage.form.act.required}") @Nullable Long actId) {

	static CouncilMemberForm empty() {
		return new CouncilMemberForm(null, null, null, null, null, null, null);
	}

	public boolean concerns(long council) {
		return councilId != null && councilId == council;
	}

}
