package kg.omb.news.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import kg.omb.news.domain.NewsItemDetails;
import kg.omb.shared.LocalizedText;

/**
 * A news item as written: the OMB it is for (none: the whole portal), its title in the three languages (Kyrgyz
 * required) and its body as HTML in each, which the item keeps sanitized; {@code version} is the item's lock.
 */
record NewsForm(
		@Nullable Long version,
		@Nullable Long associationId,
		@NotBlank(message = "{news.manage.form.title.required}") @Size(max = 500,
				message = "{news.manage.form.too-long}") @Nullable String titleKy,
		@Size(max = 500, message = "{news.manage.form.too-long}") @Nullable String titleRu,
		@Size(max = 500, message = "{news.manage.form.too-long}") @Nullable String titleEn,
		@Size(max = 100_000, message = "{news.manage.form.too-long}") @Nullable String bodyKy,
		@Size(max = 100_000, message = "{news.manage.form.too-long}") @Nullable String bodyRu,
		@Size(max = 100_000, message = "{news.manage.form.too-long}") @Nullable String bodyEn) {

	static NewsForm empty() {
		return new NewsForm(null, null, null, null, null, null, null, null);
	}

	static NewsForm of(NewsItemDetails item) {
		return new NewsForm(item.version(), item.associationId(), item.title().ky(), item.title().ru(),
				item.title().en(), item.body().ky(), item.body().ru(), item.body().en());
	}

	LocalizedText title() {
		return new LocalizedText(titleKy, titleRu, titleEn);
	}

	LocalizedText body() {
		return new LocalizedText(bodyKy, bodyRu, bodyEn);
	}

}
