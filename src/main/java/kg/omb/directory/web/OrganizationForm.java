package kg.omb.directory.web;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

import kg.omb.directory.EducationSector;
import kg.omb.directory.OrganizationKind;
import kg.omb.directory.Region;
import kg.omb.directory.domain.Editable;
import kg.omb.directory.domain.OrganizationData;

/** The form of an organisation; {@code version} is the one the person saw when editing. */
record OrganizationForm(
		@NotBlank(message = "{directory.form.code.required}") @Size(max = 32, message = "{directory.form.code.size}") String code,
		@NotBlank(message = "{directory.form.name-ky.required}") @Size(max = 500, message = "{directory.form.name.size}") String nameKy,
		@NotBlank(message = "{directory.form.name-ru.required}") @Size(max = 500, message = "{directory.form.name.size}") String nameRu,
		@Size(max = 500, message = "{directory.form.name.size}") @Nullable String nameEn,
		@Size(max = 100, message = "{directory.form.short-name.size}") @Nullable String shortNameKy,
		@Size(max = 100, message = "{directory.form.short-name.size}") @Nullable String shortNameRu,
		@Size(max = 100, message = "{directory.form.short-name.size}") @Nullable String shortNameEn,
		@NotNull(message = "{organization.form.kind.required}") @Nullable OrganizationKind kind,
		@Nullable Set<EducationSector> sectors,
		@NotNull(message = "{organization.form.region.required}") @Nullable Region region,
		@Nullable Boolean specialStatus,
		@Nullable Long authorityId,
		@Size(max = 500, message = "{organization.form.address.size}") @Nullable String address,
		@Size(max = 500, message = "{directory.form.website.size}") @Pattern(regexp = "^$|^https?://\\S+$", message = "{directory.form.website.invalid}") @Nullable String website,
		@Size(max = 200, message = "{organization.form.head.size}") @Nullable String headName,
		@Size(max = 200, message = "{organization.form.head.size}") @Nullable String headPosition,
		@Nullable Long version) {

	static OrganizationForm empty() {
		return new OrganizationForm("", "", "", null, null, null, null, null, Set.of(), null, false, null, null, null,
				null, null, null);
	}

	static OrganizationForm of(Editable<OrganizationData> editable) {
		OrganizationData data = editable.value();
		var shortName = data.shortName();
		return new OrganizationForm(data.code(), data.name().ky(), data.name().ru(), data.name().en(),
				shortName == null ? null : shortName.ky(), shortName == null ? null : shortName.ru(),
				shortName == null ? null : shortName.en(), data.kind(), data.sectors(), data.region(),
				data.specialStatus(), data.authorityId(), data.address(), data.website(), data.headName(),
				data.headPosition(), editable.version());
	}

	/** The rule the domain would refuse anyway, shown at once with the form's other errors. */
	void checkSectors(BindingResult binding) {
		if (kind != null && kind.teaches() && (sectors == null || sectors.isEmpty())
				&& !binding.hasFieldErrors("sectors")) {
			binding.rejectValue("sectors", "organization.error.sectors-required");
		}
	}

	/** The data of a form that passed validation (kind and region are there). */
	OrganizationData toData() {
		return new OrganizationData(code, FormFailures.text(nameKy, nameRu, nameEn),
				FormFailures.text(shortNameKy, shortNameRu, shortNameEn), kind, sectors == null ? Set.of() : sectors,
				region, Boolean.TRUE.equals(specialStatus), authorityId, address, website, headName, headPosition);
	}


}
