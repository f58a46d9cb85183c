package kg.omb.meetings.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** An agenda item as the secretary types it; the lock is the meeting's version the page showed. */
record AgendaItemForm(long lock,
		@NotBlank(message = "{meetings.form.required}") @Size(max = 1000, message = "{meetings.form.too-long}") @Nullable String title,
		@Size(max = 4000, message = "{meetings.form.too-long}") @Nullable String proposedDecision,
		@Nullable Long documentId, @Positive(message = "{meetings.form.invalid}") @Nullable Integer documentVersion) {
}
