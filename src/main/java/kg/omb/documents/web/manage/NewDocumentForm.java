package kg.omb.documents.web.manage;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import kg.omb.documents.DocumentKind;

/**
 * A new draft: the OMB and section developing it, its kind, its title in the three languages (Kyrgyz required),
 * the directions or specialties and the levels it is for, and for a new edition the document it will replace.
 */
record NewDocumentForm(
		@NotNull(message = "{documents.manage.form.omb.required}") @Nullable Long associationId,
		@Nullable Long sectionId,
		@NotNull(message = "{documents.manage.form.kind.required}") @Nullable DocumentKind kind,
		@NotBlank(message = "{documents.manage.form.title.required}") @Size(max = 1000,
				message = "{documents.manage.form.too-long}") @Nullable String titleKy,
		@Size(max = 1000, message = "{documents.manage.form.too-long}") @Nullable String titleRu,
		@Size(max = 1000, message = "{documents.manage.form.too-long}") @Nullable String titleEn,
		@Nullable List<String> codes,
		@Nullable List<String> levels,
		@Nullable Long predecessorId) {

	static NewDocumentForm empty() {
		return new NewDocumentForm(null, null, null, null, null, null, List.of(), List.of(), null);
	}

	public boolean hasCode(String code) {
		return codes != null && codes.contains(code);
	}

	public boolean hasLevel(String level) {
		return levels != null && levels.contains(level);
	}

}
