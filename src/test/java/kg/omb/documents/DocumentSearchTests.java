package kg.omb.documents;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import kg.omb.association.AssociationFixture;
import kg.omb.association.AssociationFixture.Omb;
import kg.omb.directory.Region;
import kg.omb.search.Facet;
import kg.omb.search.domain.PortalSearch;
import kg.omb.search.SearchRequest;
import kg.omb.search.SearchResults;
import kg.omb.shared.Bishkek;
import kg.omb.shared.LocalizedText;
import kg.omb.support.AdjustableClock;
import kg.omb.support.TestAccount;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal's search follows the documents: a draft is found from the day its text is published (its discussion
 * opens), by any form of the words of its clauses and with its kind, OMB and status as facets; a draft never
 * published is never found.
 */
@SpringBootTest
@Import({ AssociationFixture.class, AdjustableClock.Configuration.class })
class DocumentSearchTests {

	static final Locale KY = Locale.forLanguageTag("ky");

	@Autowired
	AssociationFixture fixture;

	@Autowired
	Documents documents;

	@Autowired
	PortalSearch search;

	@Autowired
	AdjustableClock clock;

	Omb omb;

	long accountId;

	@BeforeEach
	void oneOmb() {
		omb = fixture.standardOmb(Region.NARYN);
		accountId = fixture.asAdministrator(() -> fixture.account("Издөөчү " + omb.n()));
	}

	@Test
	void aDraftIsFoundByItsClausesOnceItsDiscussionOpens() {
		String marker = "Нарынтоо" + omb.n();
		DocumentView draft = as(() -> documents.createDraft(new NewDocument(omb.id(), null,
				DocumentKind.STATE_STANDARD_HIGHER, LocalizedText.of("Стандарт " + marker, "Стандарт " + marker, null),
				Set.of(), Set.of(), null)));
		as(() -> documents.addClause(draft.id(), new ClauseEdit("3", ClauseLevel.CLAUSE, null,
				"<p>Бүтүрүүчүлөрдүн компетенциялары " + marker + " талаптарга жооп берет.</p>", null)));

		assertThat(find("компетенция " + marker).total()).as("not published yet").isZero();

		LocalDate closes = Bishkek.today(clock).plusDays(30);
		as(() -> documents.openDiscussion(draft.id(), draft.lock(), closes));

		SearchResults clauses = find("компетенцияларына " + marker);
		assertThat(clauses.hits()).singleElement().satisfies(hit -> {
			assertThat(hit.type()).isEqualTo("clause");
			assertThat(hit.path()).startsWith("/documents/" + draft.id() + "#clause-");
			assertThat(hit.snippetHtml()).contains("<mark>компетенциялары</mark>");
		});
		SearchResults all = find(marker);
		assertThat(all.total()).isEqualTo(2);
		assertThat(all.facets().get(Facet.STATUS)).singleElement()
			.satisfies(status -> assertThat(status.value()).isEqualTo("PUBLIC_DISCUSSION"));
		assertThat(all.facets().get(Facet.KIND)).singleElement()
			.satisfies(kind -> assertThat(kind.label().ky()).contains("мамлекеттик билим берүү стандарты"));
		assertThat(all.facets().get(Facet.ASSOCIATION)).singleElement()
			.satisfies(association -> assertThat(association.value()).isEqualTo(String.valueOf(omb.id())));
	}

	SearchResults find(String text) {
		return search.search(new SearchRequest(text, Map.of(), SearchRequest.Order.RELEVANCE, 0, 20), KY);
	}

	<T> T as(Supplier<T> work) {
		return TestAccount.runAs(accountId, "OMB_CHAIR@ASSOCIATION:" + omb.id(), work);
	}

}
