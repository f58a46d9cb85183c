package kg.omb.surveys.web;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import kg.omb.directory.OrganizationKind;
import kg.omb.directory.Region;
import kg.omb.surveys.domain.FieldKind;
import kg.omb.surveys.domain.FileKind;
import kg.omb.surveys.domain.FormField;
import kg.omb.surveys.domain.RuleKind;

/** The command records the surveys forms bind to. */
final class Forms {

	static final String CODE = "[a-z][a-z0-9_]{0,39}";

	private Forms() {
	}

	record TemplateForm(@NotBlank(message = "surveys.form.owner-required") String owner,
			@NotBlank(message = "surveys.error.title-ky-required") @Size(max = 500) String titleKy,
			@Nullable @Size(max = 500) String titleRu, @Nullable @Size(max = 500) String titleEn) {
	}

	record FieldForm(long version, @Pattern(regexp = CODE, message = "surveys.error.code-format") String code,
			@NotNull(message = "surveys.form.kind-required") FieldKind kind,
			@NotBlank(message = "surveys.error.label-ky-required") @Size(max = 500) String labelKy,
			@Nullable @Size(max = 500) String labelRu, @Nullable @Size(max = 500) String labelEn,
			@Nullable Boolean required,
			@Nullable Long minimum, @Nullable Long maximum, @Nullable @Size(max = 2000) String choices,
			@Nullable Set<FileKind> fileKinds, @Nullable Integer maxSizeMb) {

		/** The field as designed; an unticked "required" box sends nothing, which means not required. */
		FormField field() {
			boolean mustBeFilled = Boolean.TRUE.equals(required);
			if (kind == FieldKind.FILE) {
				return FormField.file(code, labelKy, labelRu, labelEn, mustBeFilled,
						fileKinds == null ? Set.of() : fileKinds, maxSizeMb);
			}
			return new FormField(code, kind, labelKy, labelRu, labelEn, mustBeFilled, minimum, maximum, choices);
		}

	}

	record ColumnForm(long version, @Pattern(regexp = CODE, message = "surveys.error.code-format") String code,
			@NotBlank(message = "surveys.error.label-ky-required") @Size(max = 500) String labelKy,
			@Nullable @Size(max = 500) String labelRu, @Nullable @Size(max = 500) String labelEn,
			@Nullable @Min(value = 0, message = "surveys.error.range-inverted") Long maximum) {
	}

	record RowsForm(long version, @NotBlank(message = "surveys.form.specialty-required") String code) {
	}

	record RuleForm(long version, @NotNull(message = "surveys.error.rule-codes") RuleKind kind,
			@NotBlank(message = "surveys.error.rule-codes") String left,
			@NotBlank(message = "surveys.error.rule-codes") String right) {
	}

	record SendForm(long version, @NotNull(message = "surveys.form.year-required") @Min(1991) @Max(2100) Integer year,
			@NotNull(message = "surveys.form.deadline-required") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
			@Nullable Set<OrganizationKind> kinds, @Nullable Set<Region> regions, @Nullable String specialties) {
	}

	record ReturnForm(long version, @NotBlank(message = "surveys.error.remarks-required") @Size(max = 4000) String remarks) {
	}

}
