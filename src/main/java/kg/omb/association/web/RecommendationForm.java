package kg.omb.association.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A recommendation the council adopted (§13: advisory), with the authority's act that records it, if any. */
record RecommendationForm(@Nullable Long councilId,
		@NotNull(message = "{association.manage.form.version.required}") @Nullable Long version,
		@NotBlank(message = "{association.manage.form.title-ky.required}") @Size(max = 500,
				message = "{association.manage.form.too-long}") @Nullable String titleKy,
		@Size(max = 500, message = "{association.manage.form.too-long}") @Nullable String titleRu,
		@Size(max = 500, message = "{association.manage.form.too-long}") @Nullable String titleEn,
		@NotBlank(message = "{association.manage.form.content.required}") @Size(max = 100000,
				message = "{association.manage.form.too-long}") @Nullable String content,
		@NotNull(message = "{association.manage.form.adopted-on.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate adoptedOn,
		@Nullable Long actId) {

	static RecommendationForm empty() {
		return new RecommendationForm(null, null, null, null, null, null, null, null);
	}

	public boolean concerns(long council) {
		return councilId != null && councilId == council;
	}

}
