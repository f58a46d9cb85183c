package kg.omb.search.domain;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import kg.omb.association.AssociationFixture;
import kg.omb.association.AssociationFixture.Omb;
import kg.omb.directory.Region;
import kg.omb.search.SearchResults;
import kg.omb.search.SearchRequest;
import kg.omb.search.Facet;

import static org.assertj.core.api.Assertions.assertThat;

/** The OMBs and the organisations are in the portal's search from the moment they are created. */
@SpringBootTest
@Import(AssociationFixture.class)
class StructureSearchTests {

	@Autowired
	AssociationFixture fixture;

	@Autowired
	PortalSearch search;

	@Test
	void anOmbIsFoundByItsBaseUniversityAndItsGroupAndAnOrganisationByItsName() {
		Omb omb = fixture.standardOmb(Region.BATKEN);

		SearchResults byUniversity = find("университет " + omb.n(), Map.of(Facet.TYPE, "association"));
		assertThat(byUniversity.hits()).extracting(SearchResults.Hit::path).contains("/associations/" + omb.id());
		assertThat(byUniversity.facets().get(Facet.SPECIALTY)).extracting(SearchResults.FacetCount::value)
			.contains(omb.codes().group());

		assertThat(find("университети " + omb.n(), Map.of(Facet.TYPE, "organization")).hits())
			.extracting(SearchResults.Hit::path)
			.contains("/organizations/" + omb.baseOrganizationId());
	}

	private SearchResults find(String text, Map<Facet, String> filters) {
		return search.search(new SearchRequest(text, filters, SearchRequest.Order.RELEVANCE, 0, 50),
				Locale.forLanguageTag("ky"));
	}

}
