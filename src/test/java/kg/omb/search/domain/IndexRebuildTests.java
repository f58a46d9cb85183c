package kg.omb.search.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import kg.omb.association.AssociationFixture;
import kg.omb.association.AssociationFixture.Omb;
import kg.omb.directory.Region;
import kg.omb.documents.ClauseEdit;
import kg.omb.documents.ClauseLevel;
import kg.omb.documents.DocumentKind;
import kg.omb.documents.DocumentView;
import kg.omb.documents.Documents;
import kg.omb.documents.NewDocument;
import kg.omb.search.SearchRequest;
import kg.omb.search.SearchEntry;
import kg.omb.search.SearchIndex;
import kg.omb.shared.LocalizedText;
import kg.omb.support.TestAccount;
import kg.omb.support.WithAccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The full reindex reads the modules' public content again: what went missing from the index comes back, what is
 * no longer public goes; only administrators start it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(AssociationFixture.class)
class IndexRebuildTests {

	@Autowired
	IndexRebuild rebuild;

	@Autowired
	SearchIndex index;

	@Autowired
	PortalSearch search;

	@Autowired
	Documents documents;

	@Autowired
	AssociationFixture fixture;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MockMvc mvc;

	@Test
	void aFullReindexBringsBackWhatWasLostAndDropsWhatIsNoLongerPublic() throws Exception {
		Omb omb = fixture.standardOmb(Region.TALAS);
		long account = fixture.asAdministrator(() -> fixture.account("Индекстөөчү " + omb.n()));
		String marker = "Талаастоо" + omb.n();
		DocumentView draft = TestAccount.runAs(account, "OMB_CHAIR@ASSOCIATION:" + omb.id(), () -> {
			DocumentView created = documents.createDraft(new NewDocument(omb.id(), null,
					DocumentKind.INNOVATIVE_EXPERIENCE_MATERIAL, LocalizedText.of("Тажрыйба " + marker, null, null),
					Set.of(), Set.of(), null));
			documents.addClause(created.id(), new ClauseEdit("1", ClauseLevel.CLAUSE, null, "<p>Жалпы жоболор</p>", null));
			return documents.sendToReview(created.id(), created.lock());
		});
		assertThat(find(marker)).isEqualTo(2);
		transactions.executeWithoutResult(status -> {
			index.remove("document", draft.id());
			index.put(new SearchEntry("document", 987_000_000L + omb.n(), "/documents/0",
					LocalizedText.of("Өчүрүлгөн документ " + marker, null, null), LocalizedText.of("", null, null), null,
					List.of()));
		});
		assertThat(find(marker)).isEqualTo(2);

		assertThat(rebuild.start()).isTrue();
		awaitEnd();

		assertThat(find(marker)).isEqualTo(2);
		assertThat(find("өчүрүлгөн " + marker)).isZero();
		assertThat(find("жоболору " + marker)).as("the clause").isEqualTo(1);
		assertThat(rebuild.progress().phase()).isEqualTo(IndexRebuild.Phase.DONE);
		assertThat(rebuild.counts()).containsKeys("document", "clause");
	}

	@Test
	@WithAccount(value = 1, roles = "ADMIN")
	void theAdministratorSeesTheIndexAndStartsAReindex() throws Exception {
		assertThat(mvc.perform(get("/admin/search?lang=ky")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString()).contains("Издөө индекси", "Индекстеги жазуулар", "Толук кайра индекстөө");
		mvc.perform(post("/admin/search/reindex").with(csrf())).andExpect(status().is3xxRedirection());
		awaitEnd();
	}

	@Test
	@WithAccount(value = 2, roles = "OMB_CHAIR@ASSOCIATION:1")
	void nobodyElseMayReindex() throws Exception {
		mvc.perform(post("/admin/search/reindex").with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get("/admin/search")).andExpect(status().isForbidden());
	}

	private void awaitEnd() throws InterruptedException {
		Instant until = Instant.now().plus(Duration.ofSeconds(60));
		while (rebuild.progress().running() && Instant.now().isBefore(until)) {
			Thread.sleep(100);
		}
		assertThat(rebuild.progress().running()).as("the reindex ended").isFalse();
	}

	private long find(String text) {
		return search.search(new SearchRequest(text, Map.of(), SearchRequest.Order.RELEVANCE, 0, 20),
				Locale.forLanguageTag("ky")).total();
	}

}
