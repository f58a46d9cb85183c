package kg.omb.association.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** An authority forms its consultative council (§13) by its act. */
record CouncilForm(@Nullable Long authorityId,
		@NotBlank(message = "{association.manage.form.name-ky.required}") @Size(max = 500,
				message = "{association.manage.form.too-long}") @Nullable String nameKy,
		@Size(max = 500, message = "{association.manage.form.too-long}") @Nullable String nameRu,
		@Size(max = 500, message = "{association.manage.form.too-long}") @Nullable String nameEn,
		@NotNull(message = "{association.manage.form.act.required}") @Nullable Long actId) {

	static CouncilForm empty() {
		return new CouncilForm(null, null, null, null, null);
	}

	public boolean concerns(long authority) {
		return authorityId != null && authorityId == authority;
	}

}
