package kg.omb.portal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import kg.omb.association.AssociationFixture;
import kg.omb.association.AssociationFixture.Omb;
import kg.omb.directory.Region;
import kg.omb.documents.DocumentKind;
import kg.omb.documents.web.PublicDocumentsFixture;
import kg.omb.support.AdjustableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the portal publishes beyond the modules' own pages: the §10.7 sections, the Atom feeds, the sitemap and the
 * head of every page. Only what anyone may read ever appears; a draft that was never published appears nowhere.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ AssociationFixture.class, AdjustableClock.Configuration.class, PublicDocumentsFixture.class })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalPublicationTests {

	static final String ATOM = "http://www.w3.org/2005/Atom";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PublicDocumentsFixture documents;

	Omb omb;

	long inForce;

	long underDiscussion;

	long draft;

	@BeforeAll
	void publish() {
		omb = documents.omb(Region.NARYN);
		inForce = documents.inForce(omb, "Порталдык стандарт", DocumentKind.STATE_STANDARD_HIGHER, null).id();
		underDiscussion = documents.underDiscussion(omb, "Талкуудагы порталдык долбоор");
		draft = documents.unpublishedDraft(omb, "Жашыруун порталдык долбоор");
	}

	@Test
	void theSectionsPageListsEveryMandatorySectionWithItsCount() {
		assertThat(mvc.get().uri("/sections")).hasStatusOk()
			.bodyText()
			.contains("Күчүндөгү ченемдик документтер", "Талкуудагы долбоорлор", "Сунушталган адабияттар",
					"Чечимдер", "ОМБлордун каталогу", "href=\"/sections/documents-in-force\"");
	}

	@Test
	void aSectionListsItsPublicContentAndNothingElse() {
		assertThat(mvc.get().uri("/sections/documents-in-force")).hasStatusOk()
			.bodyText()
			.contains("/documents/" + inForce + "\"")
			.doesNotContain("/documents/" + underDiscussion + "\"", "/documents/" + draft + "\"");
		assertThat(mvc.get().uri("/sections/discussions")).hasStatusOk()
			.bodyText()
			.contains("/documents/" + underDiscussion + "\"")
			.doesNotContain("/documents/" + inForce + "\"", "/documents/" + draft + "\"");
	}

	@Test
	void aSectionIsNarrowedByTheFacetsTheVisitorChoosesButNotOutOfItself() {
		assertThat(mvc.get().uri("/sections/documents-in-force?association={id}&status=PUBLIC_DISCUSSION", omb.id()))
			.hasStatusOk()
			.bodyText()
			.contains("/documents/" + inForce + "\"")
			.doesNotContain("/documents/" + underDiscussion + "\"");
	}

	@Test
	void anEmptySectionSaysSoPlainly() {
		assertThat(mvc.get().uri("/sections/literature?lang=en")).hasStatusOk()
			.bodyText()
			.contains("No literature with a grif has been published yet.");
	}

	@Test
	void anUnknownSectionIsNotFound() {
		assertThat(mvc.get().uri("/sections/no-such-section")).hasStatus(404);
		assertThat(mvc.get().uri("/feeds/sections/no-such-section.atom")).hasStatus(404);
	}

	@Test
	void theFeedOfEverythingIsValidAtomWithPublishedContentOnly() throws Exception {
		var response = mvc.get().uri("/feeds/all.atom").exchange();
		assertThat(response).hasStatusOk();
		assertThat(response.getResponse().getContentType()).startsWith("application/atom+xml");
		Document feed = xml(response.getResponse().getContentAsString(StandardCharsets.UTF_8));
		Element root = feed.getDocumentElement();
		assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
		assertThat(root.getLocalName()).isEqualTo("feed");
		assertThat(text(feed, ATOM, "id")).first().asString().startsWith("http://localhost:8080/feeds/all.atom");
		assertThat(text(feed, ATOM, "updated")).allSatisfy(updated -> assertThat(updated).matches("\\d{4}-\\d\\d-\\d\\dT.*Z"));
		List<String> links = attributes(feed, ATOM, "link", "href");
		assertThat(links).contains("http://localhost:8080/documents/" + inForce,
				"http://localhost:8080/documents/" + underDiscussion)
			.doesNotContain("http://localhost:8080/documents/" + draft)
			.noneMatch(link -> link.contains("#clause-"));
	}

	@Test
	void aFeedReaderWithTheNewestEntryIsToldNothingChanged() {
		var first = mvc.get().uri("/feeds/sections/documents-in-force.atom").exchange();
		String lastModified = first.getResponse().getHeader(HttpHeaders.LAST_MODIFIED);
		assertThat(lastModified).isNotBlank();
		assertThat(mvc.get().uri("/feeds/sections/documents-in-force.atom")
			.header(HttpHeaders.IF_MODIFIED_SINCE, lastModified)).hasStatus(304);
	}

	@Test
	void aPublicPageTheVisitorAlreadyHasIsAnswered304() {
		var first = mvc.get().uri("/sections/documents-in-force").exchange();
		String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(etag).isNotBlank();
		assertThat(mvc.get().uri("/sections/documents-in-force").header(HttpHeaders.IF_NONE_MATCH, etag))
			.hasStatus(304);
		assertThat(mvc.get().uri("/sections/documents-in-force?page=1").header(HttpHeaders.IF_NONE_MATCH, etag))
			.hasStatusOk();
	}

	@Test
	void anOmbsFeedAndASpecialtysFeedCarryTheirDocuments() {
		assertThat(mvc.get().uri("/feeds/associations/{id}.atom", omb.id())).hasStatusOk()
			.bodyText()
			.contains("/documents/" + inForce + "\"")
			.doesNotContain("/documents/" + draft + "\"");
		assertThat(mvc.get().uri("/feeds/specialties/{code}.atom", omb.codes().specialty())).hasStatusOk()
			.bodyText()
			.contains("/documents/" + inForce + "\"");
		assertThat(mvc.get().uri("/feeds/specialties/999999.atom")).hasStatus(404);
	}

	@Test
	void theSitemapListsPublicPagesInThreeLanguagesAndRobotsPointToIt() throws Exception {
		var response = mvc.get().uri("/sitemap.xml").exchange();
		assertThat(response).hasStatusOk();
		Document sitemap = xml(response.getResponse().getContentAsString(StandardCharsets.UTF_8));
		String ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
		assertThat(sitemap.getDocumentElement().getLocalName()).isEqualTo("urlset");
		List<String> locations = text(sitemap, ns, "loc");
		assertThat(locations).contains("http://localhost:8080/", "http://localhost:8080/sections/decisions",
				"http://localhost:8080/documents/" + inForce, "http://localhost:8080/associations/" + omb.id())
			.doesNotContain("http://localhost:8080/documents/" + draft)
			.noneMatch(location -> location.contains("#"));
		assertThat(attributes(sitemap, "http://www.w3.org/1999/xhtml", "link", "href"))
			.contains("http://localhost:8080/documents/" + inForce + "?lang=ru");
		assertThat(mvc.get().uri("/robots.txt")).hasStatusOk()
			.bodyText()
			.contains("Sitemap: http://localhost:8080/sitemap.xml", "Disallow: /manage");
	}

	@Test
	void everyPageNamesItsCanonicalAddressAndItsOtherLanguages() {
		assertThat(mvc.get().uri("/sections/decisions?lang=ru&page=0")).hasStatusOk()
			.bodyText()
			.contains("<link rel=\"canonical\" href=\"http://localhost:8080/sections/decisions?page=0&amp;lang=ru\">")
			.contains("hreflang=\"ky\" href=\"http://localhost:8080/sections/decisions?page=0&amp;lang=ky\"")
			.contains("hreflang=\"x-default\" href=\"http://localhost:8080/sections/decisions?page=0\"")
			.contains("<meta property=\"og:locale\" content=\"ru_KG\">")
			.contains("<meta property=\"og:title\" content=\"Решения\">")
			.contains("type=\"application/atom+xml\" href=\"/feeds/sections/decisions.atom\"");
	}

	@Test
	void theApiIsDescribedWithItsUiForAnyone() {
		assertThat(mvc.get().uri("/swagger-ui.html")).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/swagger-ui/index.html")).hasStatusOk().bodyText().contains("swagger-ui");
		assertThat(mvc.get().uri("/v3/api-docs")).hasStatusOk().bodyText().contains("\"openapi\"");
	}

	static Document xml(String text) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
	}

	static List<String> text(Document document, String namespace, String name) {
		NodeList nodes = document.getElementsByTagNameNS(namespace, name);
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			texts.add(nodes.item(i).getTextContent());
		}
		return texts;
	}

	static List<String> attributes(Document document, String namespace, String name, String attribute) {
		NodeList nodes = document.getElementsByTagNameNS(namespace, name);
		List<String> values = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			values.add(((Element) nodes.item(i)).getAttribute(attribute));
		}
		return values;
	}

}
