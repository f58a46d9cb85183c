package kg.omb.documents.web.manage;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import kg.omb.documents.discussion.DispositionOutcome;

/**
 * The disposition of one comment: the outcome, its justification and, for an accepted comment, the clause of the
 * working version that changed; {@code version} is the comment's version the author saw.
 */
record DispositionForm(
		@NotNull(message = "{documents.manage.form.stale-page}") @Nullable Long version,
		@NotNull(message = "{documents.manage.form.outcome.required}") @Nullable DispositionOutcome outcome,
		@NotBlank(message = "{documents.manage.form.justification.required}") @Size(max = 4000,
				message = "{documents.manage.form.too-long}") @Nullable String justification,
		@Nullable String changedClauseKey) {

	static DispositionForm empty() {
		return new DispositionForm(null, null, null, null);
	}

}
