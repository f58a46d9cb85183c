package kg.omb.association.web;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A change that needs nothing but the act it rests on: ending the chair's term, dissolving the OMB, closing a
 * section ({@code targetId} names the section), completing nothing else.
 */
record ActForm(@Nullable Long targetId,
		@NotNull(message = "{association.manage.form.version.required}") @Nullable Long version,
		@NotNull(message = "{association.manage.form.act.required}") @Nullable Long actId) {

	static ActForm empty() {
		return new ActForm(null, null, null);
	}

	public boolean concerns(long id) {
		return targetId != null && targetId == id;
	}

}
