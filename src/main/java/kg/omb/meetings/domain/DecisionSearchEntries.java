package kg.omb.meetings.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

import kg.omb.association.AssociationView;
import kg.omb.association.Associations;
import kg.omb.search.Facet;
import kg.omb.search.FacetValue;
import kg.omb.search.SearchEntry;
import kg.omb.search.SearchIndex;
import kg.omb.search.SearchText;
import kg.omb.search.SearchableContent;
import kg.omb.shared.LocalizedText;

/**
 * What the portal's search knows of the decisions: every decision (they are public once taken), with its OMB and
 * year as facets, under the type {@value #TYPE}.
 */
@Component
class DecisionSearchEntries {

	static final String TYPE = "decision";

	private final SearchIndex index;

	private final DecisionRepository decisions;

	private final Associations associations;

	DecisionSearchEntries(SearchIndex index, DecisionRepository decisions, Associations associations) {
		this.index = index;
		this.decisions = decisions;
		this.associations = associations;
	}

	void put(Decision decision) {
		index.put(entry(decision));
	}

	Stream<SearchEntry> all() {
		return decisions.findAll().stream().map(this::entry);
	}

	SearchEntry entry(Decision decision) {
		List<FacetValue> facets = new ArrayList<>();
		associations.find(decision.getAssociationId())
			.map(AssociationView::name)
			.ifPresent(name -> facets.add(FacetValue.of(Facet.ASSOCIATION,
					String.valueOf(decision.getAssociationId()), name)));
		String year = String.valueOf(decision.getDecidedOn().getYear());
		facets.add(FacetValue.of(Facet.YEAR, year, LocalizedText.of(year, year, year)));
		return new SearchEntry(TYPE, decision.id(), "/decisions/" + decision.id(),
				SearchText.inItsLanguage(decision.getTitle()), SearchText.inItsLanguage(decision.getText()),
				decision.getDecidedOn(), facets);
	}

	@Configuration(proxyBeanMethods = false)
	static class Content {

		@Bean
		SearchableContent decisionSearchContent(DecisionSearchEntries entries) {
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
