package kg.omb.association.web;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A decision on one record as it was shown (its version) that needs nothing else: accepting a proposal, completing
 * a working group. {@code targetId} names the record, so that a refusal is shown beside it.
 */
record VersionForm(@Nullable Long targetId,
		@NotNull(message = "{association.manage.form.version.required}") @Nullable Long version) {

	static VersionForm empty() {
		return new VersionForm(null, null);
	}

	public boolean concerns(long id) {
		return targetId != null && targetId == id;
	}

}
