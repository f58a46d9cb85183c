package kg.omb.association.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import kg.omb.directory.ClassifierEntryView;
import kg.omb.search.Facet;
import kg.omb.search.FacetValue;
import kg.omb.search.SearchEntry;
import kg.omb.search.SearchIndex;
import kg.omb.search.SearchText;
import kg.omb.search.SearchableContent;
import kg.omb.shared.LocalizedText;

/**
 * The OMBs as the portal's search knows them: the name, and as text the base organisation, the enlarged groups,
 * the sections and the chair, so that a specialty's name or a university finds its OMB; the groups and the status
 * are facets.
 */
@Component
class AssociationSearchEntries implements SearchableContent {

	static final String TYPE = "association";

	private final AssociationRepository associations;

	private final AssociationQueries queries;

	private final SearchIndex index;

	private final MessageSource messages;

	AssociationSearchEntries(AssociationRepository associations, AssociationQueries queries, SearchIndex index,
			MessageSource messages) {
		this.associations = associations;
		this.queries = queries;
		this.index = index;
		this.messages = messages;
	}

	/** Brings the OMB's entry in line with it; runs in the caller's transaction. */
	void refresh(long associationId) {
		index.put(entry(queries.profile(associationId)));
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public Stream<Part> entries() {
		return associations.findAllByOrderByIdAsc()
			.stream()
			.map(association -> entry(queries.profile(association.id())))
			.map(Part::whole);
	}

	private SearchEntry entry(AssociationProfile profile) {
		List<FacetValue> facets = new ArrayList<>();
		String status = profile.status().name();
		facets.add(FacetValue.of(Facet.STATUS, "ASSOCIATION_" + status,
				SearchText.message(messages, "association.status." + status.toLowerCase(Locale.ROOT))));
		for (ClassifierEntryView group : profile.groups()) {
			facets.add(FacetValue.of(Facet.SPECIALTY, group.code(), coded(group.code(), group.name())));
		}
		String codes = profile.groups().stream().map(ClassifierEntryView::code).collect(Collectors.joining(" "));
		String chair = profile.chair() == null ? null : profile.chair().personName();
		LocalizedText text = new LocalizedText(text(profile, LocalizedText::ky, codes, chair),
				text(profile, LocalizedText::ru, codes, chair), text(profile, LocalizedText::en, codes, chair));
		return new SearchEntry(TYPE, profile.id(), "/associations/" + profile.id(), profile.name(), text,
				profile.establishedOn(), facets);
	}

	private static String text(AssociationProfile profile, Function<LocalizedText, String> language, String codes,
			String chair) {
		Stream<String> parts = Stream.concat(
				Stream.of(language.apply(profile.baseOrganization().name())),
				Stream.concat(profile.groups().stream().map(group -> language.apply(group.name())),
						profile.sections().stream().map(section -> language.apply(section.name()))));
		return Stream.concat(parts, Stream.of(codes, chair))
			.filter(Objects::nonNull)
			.filter(part -> !part.isBlank())
			.collect(Collectors.joining(" · "));
	}

	private static LocalizedText coded(String code, LocalizedText name) {
		Function<String, String> prefix = text -> text == null ? null : code + " " + text;
		return new LocalizedText(prefix.apply(name.ky()), prefix.apply(name.ru()), prefix.apply(name.en()));
	}

}
