package kg.omb.review.web;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import kg.omb.review.domain.ExpertProfile;
import kg.omb.review.domain.ExpertView;

/**
 * An expert's profile as a form: for one's own application, or (with {@code email}) for inviting someone; the
 * classifier codes of competence are typed separated by commas or spaces.
 */
record ExpertProfileForm(
		@Email(message = "{review.form.email}") @Size(max = 320, message = "{review.form.too-long}") @Nullable String email,
		@NotBlank(message = "{review.form.required}") @Size(max = 300, message = "{review.form.too-long}") @Nullable String personName,
		@Size(max = 300, message = "{review.form.too-long}") @Nullable String degree,
		@Size(max = 300, message = "{review.form.too-long}") @Nullable String title,
		@NotEmpty(message = "{review.form.required}") @Nullable List<Long> organizationIds,
		@NotBlank(message = "{review.form.required}") @Size(max = 500, message = "{review.form.too-long}") @Nullable String specialtyCodes,
		@NotEmpty(message = "{review.form.required}") @Nullable List<String> languages,
		@NotNull(message = "{review.form.required}") @Min(value = 0, message = "{review.error.experience}") @Max(value = 80, message = "{review.error.experience}") @Nullable Integer experienceYears,
		@Size(max = 4000, message = "{review.form.too-long}") @Nullable String background) {

	static ExpertProfileForm empty() {
		return new ExpertProfileForm(null, null, null, null, List.of(), null, List.of("ky"), 0, null);
	}

	static ExpertProfileForm of(ExpertView expert) {
		return new ExpertProfileForm(null, expert.personName(), expert.degree(), expert.title(),
				List.copyOf(expert.organizationIds()), String.join(", ", expert.specialtyCodes().stream().sorted().toList()),
				List.copyOf(expert.languages()), expert.experienceYears(), expert.background());
	}

	ExpertProfile profile() {
		Set<String> codes = Arrays.stream(String.valueOf(specialtyCodes).split("[,;\\s]+"))
			.map(String::strip)
			.filter(code -> !code.isEmpty())
			.collect(Collectors.toCollection(LinkedHashSet::new));
		return new ExpertProfile(String.valueOf(personName), degree, title,
				organizationIds == null ? Set.of() : Set.copyOf(organizationIds), codes,
				languages == null ? Set.of() : Set.copyOf(languages), experienceYears == null ? 0 : experienceYears,
				background);
	}

}
