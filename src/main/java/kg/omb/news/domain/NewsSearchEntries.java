package kg.omb.news.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

import kg.omb.association.Associations;
import kg.omb.files.StoredFiles;
import kg.omb.news.NewsStatus;
import kg.omb.search.Facet;
import kg.omb.search.FacetValue;
import kg.omb.search.SearchEntry;
import kg.omb.search.SearchIndex;
import kg.omb.search.SearchText;
import kg.omb.search.SearchableContent;
import kg.omb.shared.Bishkek;
import kg.omb.shared.LocalizedText;
import kg.omb.shared.html.RichText;

/**
 * What the portal's search knows of the news: each published item with its body in each language and the text of
 * its attached files (where the files module could extract it), its OMB and year as facets. A draft, a scheduled or
 * a withdrawn item is not in the index.
 */
@Component
class NewsSearchEntries {

	static final String TYPE = "news";

	private final NewsItems items;

	private final SearchIndex index;

	private final Associations associations;

	private final StoredFiles files;

	NewsSearchEntries(NewsItems items, SearchIndex index, Associations associations, StoredFiles files) {
		this.items = items;
		this.index = index;
		this.associations = associations;
		this.files = files;
	}

	/** Puts a published item in the index, or takes any other out; runs in the caller's transaction. */
	void refresh(NewsItem item) {
		index.putOrRemove(TYPE, item.id(), entry(item));
	}

	Stream<SearchEntry> all() {
		return items.findByStatus(NewsStatus.PUBLISHED).stream().map(this::entry).flatMap(Optional::stream);
	}

	private Optional<SearchEntry> entry(NewsItem item) {
		if (!item.isPublished() || item.getPublishedAt() == null) {
			return Optional.empty();
		}
		LocalDate day = item.getPublishedAt().atZone(Bishkek.ZONE).toLocalDate();
		LocalizedText body = item.getBody();
		String attached = String.join(" ", item.getAttachments()
			.stream()
			.map(files::text)
			.flatMap(Optional::stream)
			.toList());
		LocalizedText text = new LocalizedText(plain(body.ky()), plain(body.ru()), plain(body.en()));
		if (!attached.isBlank()) {
			text = merged(text, SearchText.inItsLanguage(attached));
		}
		List<FacetValue> facets = new ArrayList<>();
		Long associationId = item.getAssociationId();
		if (associationId != null) {
			associations.find(associationId)
				.ifPresent(omb -> facets.add(FacetValue.of(Facet.ASSOCIATION, String.valueOf(omb.id()), omb.name())));
		}
		String year = String.valueOf(day.getYear());
		facets.add(FacetValue.of(Facet.YEAR, year, LocalizedText.of(year, year, year)));
		return Optional.of(new SearchEntry(TYPE, item.id(), "/news/" + item.id(), item.getTitle(), text, day, facets));
	}

	private static String plain(String html) {
		return html == null ? null : RichText.plainText(html);
	}

	/** The text of each language with the attachments' text added to the language it is written in. */
	private static LocalizedText merged(LocalizedText body, LocalizedText attached) {
		return new LocalizedText(join(body.ky(), attached.ky()), join(body.ru(), attached.ru()),
				join(body.en(), attached.en()));
	}

	private static String join(String first, String second) {
		if (first == null) {
			return second;
		}
		return second == null ? first : first + " " + second;
	}

	/** The published news for a full reindex. */
	@Configuration(proxyBeanMethods = false)
	static class Content {

		@Bean
		SearchableContent newsSearchContent(NewsSearchEntries entries) {
			return new SearchableContent() {

				@Override
				public String type() {
					return TYPE;
				}

				@Override
				public Stream<Part> entries() {
					return entries.all().map(Part::whole);
				}

			};
		}

	}

}
