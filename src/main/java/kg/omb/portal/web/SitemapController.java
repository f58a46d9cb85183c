package kg.omb.portal.web;

import java.io.StringWriter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import kg.omb.search.PublicContent;
import kg.omb.search.PublicPage;
import kg.omb.shared.web.Languages;
import kg.omb.shared.PublicAddress;

/**
 * {@code /sitemap.xml} (sitemaps.org 0.9): the portal's own pages and every public page of content with the day it
 * last changed, each with its three languages as {@code hreflang} alternates; {@code /robots.txt} points to it and
 * keeps crawlers out of the workspace.
 */
@RestController
class SitemapController {

	static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

	static final String XHTML = "http://www.w3.org/1999/xhtml";

	/** A sitemap holds at most 50,000 addresses. */
	static final int MAX_URLS = 50_000;

	static final List<String> PORTAL_PAGES = List.of("/", "/sections", "/documents", "/discussions", "/associations", "/organizations",
			"/classifier", "/decisions", "/events", "/news", "/search", "/opendata");

	static final List<String> CLOSED = List.of("/manage", "/admin", "/account", "/files", "/notifications", "/api/",
			"/subscriptions", "/login", "/register", "/password");

	private final PublicContent content;

	private final PublicAddress links;

	SitemapController(PublicContent content, PublicAddress links) {
		this.content = content;
		this.links = links;
	}

	@GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
	ResponseEntity<String> sitemap() throws XMLStreamException {
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("urlset");
		xml.writeDefaultNamespace(SITEMAP);
		xml.writeNamespace("xhtml", XHTML);
		for (String path : PORTAL_PAGES) {
			url(xml, path, null);
		}
		for (PortalSection section : PortalSection.values()) {
			url(xml, section.path(), null);
		}
		int room = MAX_URLS - PORTAL_PAGES.size() - PortalSection.values().length;
		for (PublicPage page : content.pages(room)) {
			url(xml, page.path(), page.updatedAt().truncatedTo(ChronoUnit.DAYS).toString().substring(0, 10));
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(out.toString());
	}

	@GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
	String robots() {
		StringBuilder robots = new StringBuilder("User-agent: *\n");
		CLOSED.forEach(path -> robots.append("Disallow: ").append(path).append('\n'));
		robots.append("Allow: /\n\nSitemap: ").append(links.of("/sitemap.xml")).append('\n');
		return robots.toString();
	}

	private void url(XMLStreamWriter xml, String path, String lastModified) throws XMLStreamException {
		xml.writeStartElement("url");
		xml.writeStartElement("loc");
		xml.writeCharacters(links.of(path));
		xml.writeEndElement();
		if (lastModified != null) {
			xml.writeStartElement("lastmod");
			xml.writeCharacters(lastModified);
			xml.writeEndElement();
		}
		String separator = path.contains("?") ? "&" : "?";
		for (var language : Languages.SUPPORTED) {
			xml.writeEmptyElement("xhtml", "link", XHTML);
			xml.writeAttribute("rel", "alternate");
			xml.writeAttribute("hreflang", language.getLanguage());
			xml.writeAttribute("href", links.of(path) + separator + "lang=" + language.getLanguage());
		}
		xml.writeEndElement();
	}

}
