package kg.omb.association.web;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** The authority releases a council member by its act. */
record ReleaseForm(@Nullable Long memberId,
		@NotNull(message = "{association.manage.form.version.required}") @Nullable Long version,
		@NotNull(message = "{association.manage.form.act.required}") @Nullable Long actId) {

	static ReleaseForm empty() {
		return new ReleaseForm(null, null, null);
	}

	public boolean concerns(long member) {
		return memberId != null && memberId == member;
	}

}
