package kg.omb.reports.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

import kg.omb.association.AssociationView;
import kg.omb.association.Associations;
import kg.omb.reports.ReportStatus;
import kg.omb.search.Facet;
import kg.omb.search.FacetValue;
import kg.omb.search.SearchEntry;
import kg.omb.search.SearchIndex;
import kg.omb.search.SearchableContent;
import kg.omb.shared.Bishkek;
import kg.omb.shared.LocalizedText;
import kg.omb.shared.html.RichText;

/**
 * What the portal's search knows of the annual reports: each published one, titled in each language, with its
 * narrative parts as text and its OMB and year as facets, under the type {@value #TYPE} (the portal's section of
 * OMB activity reports lists them).
 */
@Component
class ReportSearchEntries {

	static final String TYPE = "report";

	private final AnnualReports reports;

	private final SearchIndex index;

	private final Associations associations;

	private final MessageSource messages;

	ReportSearchEntries(AnnualReports reports, SearchIndex index, Associations associations, MessageSource messages) {
		this.reports = reports;
		this.index = index;
		this.associations = associations;
		this.messages = messages;
	}

	void refresh(AnnualReport report) {
		index.putOrRemove(TYPE, report.id(), entry(report));
	}

	Stream<SearchEntry> all() {
		return reports.findByStatus(ReportStatus.PUBLISHED).stream().map(this::entry).flatMap(Optional::stream);
	}

	private Optional<SearchEntry> entry(AnnualReport report) {
		if (!report.isPublished()) {
			return Optional.empty();
		}
		Optional<AssociationView> omb = associations.find(report.getAssociationId());
		LocalizedText name = omb.map(AssociationView::name).orElseGet(() -> new LocalizedText(null, null, null));
		LocalizedText title = new LocalizedText(title(name, report.getYear(), "ky"),
				title(name, report.getYear(), "ru"), title(name, report.getYear(), "en"));
		LocalizedText text = new LocalizedText(text(report, "ky"), text(report, "ru"), text(report, "en"));
		List<FacetValue> facets = new ArrayList<>();
		omb.ifPresent(o -> facets.add(FacetValue.of(Facet.ASSOCIATION, String.valueOf(o.id()), o.name())));
		String year = String.valueOf(report.getYear());
		facets.add(FacetValue.of(Facet.YEAR, year, LocalizedText.of(year, year, year)));
		LocalDate day = Objects.requireNonNull(report.getPublishedAt()).atZone(Bishkek.ZONE).toLocalDate();
		return Optional.of(new SearchEntry(TYPE, report.id(), "/reports/" + report.id(), title, text, day, facets));
	}

	private String title(LocalizedText name, int year, String language) {
		Locale locale = Locale.forLanguageTag(language);
		return messages.getMessage("reports.title.of", new Object[] { name.in(locale), String.valueOf(year) }, locale);
	}

	private static @Nullable String text(AnnualReport report, String language) {
		Locale locale = Locale.forLanguageTag(language);
		String joined = String.join(" ", Stream.of(report.getIntroduction(), report.getConclusions(), report.getPlans())
			.map(part -> part.resolve(locale))
			.filter(resolved -> resolved.language().equals(language) && !resolved.text().isEmpty())
			.map(resolved -> RichText.plainText(resolved.text()))
			.toList());
		return joined.isBlank() ? null : joined;
	}

	/** The published reports for a full reindex. */
	@Configuration(proxyBeanMethods = false)
	static class Content {

		@Bean
		SearchableContent reportSearchContent(ReportSearchEntries entries) {
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
