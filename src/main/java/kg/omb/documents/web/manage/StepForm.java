package kg.omb.documents.web.manage;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A step of the document's workflow, carrying the {@code lock} of the document the person saw, and what the step
 * needs: a summary of changes (publishing a version, starting a new one), the last day of the discussion, a legal
 * act (approval, the OMB's decision, repeal), the reason of a repeal or the remarks of a return, the working group
 * that drafts it (none when empty).
 */
record StepForm(
		@NotNull(message = "{documents.manage.form.stale-page}") @Nullable Long lock,
		@Size(max = 4000, message = "{documents.manage.form.too-long}") @Nullable String summary,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate closesOn,
		@Nullable Long actId,
		@Size(max = 4000, message = "{documents.manage.form.too-long}") @Nullable String reason,
		@Nullable Long workingGroupId) {

	static StepForm empty() {
		return new StepForm(null, null, null, null, null, null);
	}

}
