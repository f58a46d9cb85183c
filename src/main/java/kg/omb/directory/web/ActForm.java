package kg.omb.directory.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import kg.omb.directory.ActIssuer;
import kg.omb.directory.LegalActKind;
import kg.omb.directory.domain.LegalActData;

/** The form to record an act; the issuer is written {@code AUTHORITY:3} or {@code ORGANIZATION:17}. */
record ActForm(
		@NotNull(message = "{act.form.kind.required}") @Nullable LegalActKind kind,
		@NotBlank(message = "{act.form.issuer.required}") @Nullable String issuer,
		@NotBlank(message = "{act.form.number.required}") @Size(max = 64, message = "{act.form.number.size}") @Nullable String number,
		@Nullable String signedOn,
		@NotBlank(message = "{act.form.title-ky.required}") @Size(max = 1000, message = "{act.form.title.size}") @Nullable String titleKy,
		@NotBlank(message = "{act.form.title-ru.required}") @Size(max = 1000, message = "{act.form.title.size}") @Nullable String titleRu,
		@Size(max = 1000, message = "{act.form.title.size}") @Nullable String titleEn,
		@Nullable String effectiveOn) {

	static ActForm empty(@Nullable String issuer) {
		return new ActForm(null, issuer, null, null, null, null, null, null);
	}

	LegalActData toData(ActIssuer issuer, LocalDate signed, LocalDate effective) {
		return new LegalActData(kind, issuer, number, signed, FormFailures.text(titleKy, titleRu, titleEn), effective);
	}

}
