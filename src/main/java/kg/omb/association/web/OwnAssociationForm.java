package kg.omb.association.web;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import kg.omb.association.domain.Commands;
import kg.omb.shared.LocalizedText;

/** A special-status university's representative registers the university's own OMB under its charter (§3, §25). */
record OwnAssociationForm(
		@NotBlank(message = "{association.manage.form.name-ky.required}") @Size(max = 500,
				message = "{association.manage.form.too-long}") @Nullable String nameKy,
		@Size(max = 500, message = "{association.manage.form.too-long}") @Nullable String nameRu,
		@Size(max = 500, message = "{association.manage.form.too-long}") @Nullable String nameEn,
		@NotNull(message = "{association.manage.form.university.required}") @Nullable Long universityId,
		@NotEmpty(message = "{association.manage.form.groups.required}") @Nullable Set<String> groupCodes,
		@NotNull(message = "{association.manage.form.act.required}") @Nullable Long charterActId) {

	static OwnAssociationForm empty() {
		return new OwnAssociationForm(null, null, null, null, Set.of(), null);
	}

	public boolean hasGroup(String code) {
		return groupCodes != null && groupCodes.contains(code);
	}

	Commands.RegisterOwnAssociation toCommand() {
		return new Commands.RegisterOwnAssociation(new LocalizedText(nameKy, nameRu, nameEn), universityId, groupCodes,
				charterActId);
	}

}
