package kg.omb.portal.web;

import java.io.StringWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import kg.omb.search.SearchResults.Hit;

/**
 * An Atom 1.0 feed (RFC 4287) of public content: one entry per page, its title and summary as escaped HTML as the
 * index gives them, addresses absolute. A feed with no entries yet is still valid and dated by {@code quietSince}.
 */
record AtomFeed(String selfUrl, String alternateUrl, String title, String language, List<Hit> hits,
		Instant quietSince) {

	static final String ATOM = "http://www.w3.org/2005/Atom";

	static final String MEDIA_TYPE = "application/atom+xml;charset=UTF-8";

	/** When the newest entry changed; an empty feed has not changed since {@code quietSince}. */
	Instant updated() {
		return hits.stream()
			.map(Hit::updatedAt)
			.filter(Objects::nonNull)
			.max(Instant::compareTo)
			.orElse(quietSince)
			.truncatedTo(ChronoUnit.SECONDS);
	}

	String toXml(String baseUrl) {
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("feed");
			xml.writeDefaultNamespace(ATOM);
			xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", language);
			element(xml, "id", selfUrl);
			element(xml, "title", title);
			element(xml, "updated", updated().toString());
			link(xml, "self", selfUrl, "application/atom+xml");
			link(xml, "alternate", alternateUrl, "text/html");
			xml.writeStartElement("author");
			element(xml, "name", title);
			xml.writeEndElement();
			for (Hit hit : hits) {
				String url = baseUrl + hit.path();
				xml.writeStartElement("entry");
				element(xml, "id", url);
				xml.writeStartElement("title");
				xml.writeAttribute("type", "html");
				xml.writeCharacters(hit.titleHtml());
				xml.writeEndElement();
				Instant updated = hit.updatedAt() == null ? updated() : hit.updatedAt().truncatedTo(ChronoUnit.SECONDS);
				element(xml, "updated", updated.toString());
				link(xml, "alternate", url, "text/html");
				if (!hit.snippetHtml().isBlank()) {
					xml.writeStartElement("summary");
					xml.writeAttribute("type", "html");
					xml.writeCharacters(hit.snippetHtml());
					xml.writeEndElement();
				}
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Could not write the feed " + selfUrl, ex);
		}
		return out.toString();
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("type", type);
		xml.writeAttribute("href", href);
	}

}
