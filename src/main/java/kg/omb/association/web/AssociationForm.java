package kg.omb.association.web;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import kg.omb.association.domain.Commands;
import kg.omb.shared.LocalizedText;

/** An authority officer's form to create an OMB at a base organisation for enlarged groups, by an act (§3, §14). */
record AssociationForm(
		@NotBlank(message = "{association.manage.form.name-ky.required}") @Size(max = 500,
				message = "{association.manage.form.too-long}") @Nullable String nameKy,
		@Size(max = 500, message = "{association.manage.form.too-long}") @Nullable String nameRu,
		@Size(max = 500, message = "{association.manage.form.too-long}") @Nullable String nameEn,
		@NotNull(message = "{association.manage.form.authority.required}") @Nullable Long authorityId,
		@NotEmpty(message = "{association.manage.form.groups.required}") @Nullable Set<String> groupCodes,
		@NotNull(message = "{association.manage.form.base.required}") @Nullable Long baseOrganizationId,
		@NotNull(message = "{association.manage.form.act.required}") @Nullable Long actId) {

	static AssociationForm empty() {
		return new AssociationForm(null, null, null, null, Set.of(), null, null);
	}

	public boolean hasGroup(String code) {
		return groupCodes != null && groupCodes.contains(code);
	}

	Commands.CreateAssociation toCommand() {
		return new Commands.CreateAssociation(new LocalizedText(nameKy, nameRu, nameEn), authorityId, groupCodes,
				baseOrganizationId, actId);
	}

}
