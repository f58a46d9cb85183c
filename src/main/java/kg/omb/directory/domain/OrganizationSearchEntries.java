package kg.omb.directory.domain;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import kg.omb.directory.OrganizationView;
import kg.omb.search.SearchEntry;
import kg.omb.search.SearchIndex;
import kg.omb.search.SearchText;
import kg.omb.search.SearchableContent;
import kg.omb.shared.LocalizedText;

/**
 * The education organisations as the portal's search knows them: name and short name in each language, with the
 * kind, region, address and head as text, so that "колледж Ош" finds the colleges of Osh.
 */
@Component
class OrganizationSearchEntries implements SearchableContent {

	static final String TYPE = "organization";

	private final Organizations organizations;

	private final SearchIndex index;

	private final MessageSource messages;

	OrganizationSearchEntries(Organizations organizations, SearchIndex index, MessageSource messages) {
		this.organizations = organizations;
		this.index = index;
		this.messages = messages;
	}

	void refresh(OrganizationView organization) {
		index.put(entry(organization));
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public Stream<Part> entries() {
		return organizations.findAll().stream().map(Organization::view).map(this::entry).map(Part::whole);
	}

	private SearchEntry entry(OrganizationView organization) {
		LocalizedText kind = SearchText.message(messages, "organization.kind." + organization.kind());
		LocalizedText region = SearchText.message(messages, "directory.region." + organization.region());
		String common = Stream.of(organization.address(), organization.headName(), organization.code())
			.filter(Objects::nonNull)
			.collect(Collectors.joining(" "));
		LocalizedText text = new LocalizedText(describe(organization.shortName().ky(), kind.ky(), region.ky(), common),
				describe(organization.shortName().ru(), kind.ru(), region.ru(), common),
				describe(organization.shortName().en(), kind.en(), region.en(), common));
		return new SearchEntry(TYPE, organization.id(), "/organizations/" + organization.id(), organization.name(),
				text, null, List.of());
	}

	private static String describe(String shortName, String kind, String region, String common) {
		return Stream.of(shortName, kind, region, common)
			.filter(part -> part != null && !part.isBlank())
			.collect(Collectors.joining(" · "));
	}

}
