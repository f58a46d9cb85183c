package kg.omb.portal.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import kg.omb.search.Facet;
import kg.omb.search.Listing;
import kg.omb.search.ListingLinks;
import kg.omb.search.PublicContent;
import kg.omb.search.SearchRequest;
import kg.omb.search.SearchResults;
import kg.omb.shared.NotFoundException;

/**
 * {@code /sections}: the sections §10.7 makes mandatory with how much each holds, and {@code /sections/{slug}}:
 * one section's list, newest first, narrowed by facets and paged with plain links; an empty section says so.
 */
@Controller
class SectionsController {

	private final PublicContent content;

	private final MessageSource messages;

	SectionsController(PublicContent content, MessageSource messages) {
		this.content = content;
		this.messages = messages;
	}

	@GetMapping("/sections")
	String sections(Locale locale, Model model) {
		List<SectionCount> sections = Arrays.stream(PortalSection.values())
			.map(section -> new SectionCount(section, content.newest(section.filters(), locale, 0, 1).total()))
			.toList();
		model.addAttribute("sections", sections);
		return "portal/sections";
	}

	@GetMapping("/sections/{slug}")
	String section(@PathVariable String slug, @RequestParam(defaultValue = "0") int page,
			@RequestParam Map<String, String> parameters, Locale locale, Model model) {
		PortalSection section = PortalSection.bySlug(slug)
			.orElseThrow(() -> new NotFoundException("portal.section.not-found"));
		Map<Facet, String> filters = section.filtersWith(Facet.chosenIn(parameters));
		int shown = Math.max(0, Math.min(page, Listing.MAX_PAGE));
		SearchResults results = content.newest(filters, locale, shown, Listing.PAGE_SIZE);
		String name = messages.getMessage(section.messageKey(), null, locale);
		model.addAttribute("section", section);
		model.addAttribute("results", results);
		model.addAttribute("links", new ListingLinks(section.path(), new SearchRequest(null, filters,
				SearchRequest.Order.DATE, shown, Listing.PAGE_SIZE), section.filters().keySet()));
		model.addAttribute("narrowed", filters.size() > section.filters().size());
		model.addAttribute("pageTitle", name);
		model.addAttribute("pageDescription", messages.getMessage(section.messageKey() + ".lead", null, locale));
		model.addAttribute("feed", new FeedLink("/feeds/sections/" + section.slug() + ".atom", name));
		return "portal/section";
	}

	/** A section and how many entries it holds. */
	public record SectionCount(PortalSection section, long count) {
	}

}
