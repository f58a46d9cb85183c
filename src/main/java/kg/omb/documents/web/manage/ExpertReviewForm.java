package kg.omb.documents.web.manage;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import kg.omb.review.ReviewMode;

/** Asking for the expert review of a document: reviewers (two by default), the mode and the two deadlines. */
record ExpertReviewForm(
		@NotNull(message = "{documents.manage.form.stale-page}") @Nullable Long lock,
		@NotNull(message = "{documents.manage.form.invalid-value}") @Min(value = 1, message = "{documents.manage.form.invalid-value}") @Max(value = 10, message = "{documents.manage.form.invalid-value}") @Nullable Integer reviewers,
		@NotNull(message = "{documents.manage.form.invalid-value}") @Nullable ReviewMode mode,
		@NotNull(message = "{documents.manage.form.invalid-value}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate answerBy,
		@NotNull(message = "{documents.manage.form.invalid-value}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate submitBy) {

	static ExpertReviewForm suggested(LocalDate today) {
		return new ExpertReviewForm(null, kg.omb.review.NewReviewRequest.DEFAULT_REVIEWERS, ReviewMode.SINGLE_BLIND,
				today.plusDays(7), today.plusDays(30));
	}

}
