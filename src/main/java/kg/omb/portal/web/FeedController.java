package kg.omb.portal.web;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import kg.omb.association.AssociationView;
import kg.omb.association.Associations;
import kg.omb.directory.Directory;
import kg.omb.search.Facet;
import kg.omb.search.PublicContent;
import kg.omb.search.SearchResults;
import kg.omb.shared.NotFoundException;
import kg.omb.shared.PublicAddress;

/**
 * Atom feeds of what the portal publishes, newest first: everything, each section, each OMB's content and each
 * specialty's. A reader that already has the newest entry is answered 304 Not Modified.
 */
@RestController
class FeedController {

	static final int ENTRIES = 50;

	/** What an empty feed says it has been unchanged since: the first day of the platform's registry. */
	static final Instant EPOCH = Instant.parse("2025-01-01T00:00:00Z");

	private final PublicContent content;

	private final Associations associations;

	private final Directory directory;

	private final PublicAddress links;

	private final MessageSource messages;

	FeedController(PublicContent content, Associations associations, Directory directory, PublicAddress links,
			MessageSource messages) {
		this.content = content;
		this.associations = associations;
		this.directory = directory;
		this.links = links;
		this.messages = messages;
	}

	@GetMapping("/feeds/all.atom")
	ResponseEntity<String> all(Locale locale, WebRequest request) {
		return feed("/feeds/all.atom", "/sections", message("portal.feed.all", locale), Map.of(), locale, request);
	}

	@GetMapping("/feeds/sections/{slug}.atom")
	ResponseEntity<String> section(@PathVariable String slug, Locale locale, WebRequest request) {
		PortalSection section = PortalSection.bySlug(slug)
			.orElseThrow(() -> new NotFoundException("portal.section.not-found"));
		String title = message("portal.feed.section", locale, message(section.messageKey(), locale));
		return feed("/feeds/sections/" + slug + ".atom", section.path(), title, section.filters(), locale, request);
	}

	@GetMapping("/feeds/associations/{id}.atom")
	ResponseEntity<String> association(@PathVariable long id, Locale locale, WebRequest request) {
		AssociationView association = associations.find(id)
			.orElseThrow(() -> new NotFoundException("association.error.not-found"));
		String title = message("portal.feed.association", locale, association.name().in(locale));
		return feed("/feeds/associations/" + id + ".atom", "/associations/" + id, title,
				Map.of(Facet.ASSOCIATION, String.valueOf(id)), locale, request);
	}

	@GetMapping("/feeds/specialties/{code}.atom")
	ResponseEntity<String> specialty(@PathVariable String code, Locale locale, WebRequest request) {
		var entry = directory.classifierEntry(code).orElseThrow(() -> new NotFoundException("portal.feed.not-found"));
		String title = message("portal.feed.specialty", locale, entry.code() + " " + entry.name().in(locale));
		return feed("/feeds/specialties/" + code + ".atom", "/search?specialty=" + entry.code(), title,
				Map.of(Facet.SPECIALTY, entry.code()), locale, request);
	}

	private ResponseEntity<String> feed(String path, String page, String title, Map<Facet, String> filters,
			Locale locale, WebRequest request) {
		SearchResults newest = content.newest(filters, locale, 0, ENTRIES);
		AtomFeed feed = new AtomFeed(links.of(path), links.of(page), title, locale.getLanguage(),
				newest.hits(), EPOCH);
		if (request.checkNotModified(feed.updated().toEpochMilli())) {
			return ResponseEntity.status(304).build();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(AtomFeed.MEDIA_TYPE))
			.body(feed.toXml(links.baseUrl()));
	}

	private String message(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

}
