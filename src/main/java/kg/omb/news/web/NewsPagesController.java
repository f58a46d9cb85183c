package kg.omb.news.web;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import kg.omb.association.Associations;
import kg.omb.files.StoredFile;
import kg.omb.news.domain.NewsItemDetails;
import kg.omb.news.domain.NewsService;
import kg.omb.search.Facet;
import kg.omb.search.Listing;
import kg.omb.search.PublicContent;
import kg.omb.shared.LocalizedText;
import kg.omb.shared.html.RichText;

/**
 * The public news: {@code /news}, newest first, narrowed by OMB and year and paged with plain links (from the
 * portal's index, which holds only published items); {@code /news/{id}}, one published item with its files to
 * download. A draft, a scheduled or a withdrawn item is not found.
 */
@Controller
class NewsPagesController {

	private final NewsService news;

	private final PublicContent content;

	private final Associations associations;

	NewsPagesController(NewsService news, PublicContent content, Associations associations) {
		this.news = news;
		this.content = content;
		this.associations = associations;
	}

	@GetMapping("/news")
	String list(@RequestParam(defaultValue = "0") int page, @RequestParam Map<String, String> parameters,
			Locale locale, Model model) {
		Listing listing = content.listing("/news", "news", Set.of(Facet.ASSOCIATION, Facet.YEAR), parameters, page,
				locale);
		model.addAttribute("results", listing.results());
		model.addAttribute("links", listing.links());
		model.addAttribute("narrowed", listing.narrowed());
		return "news/public/list";
	}

	@GetMapping("/news/{id}")
	String item(@PathVariable long id, Locale locale, Model model) {
		NewsItemDetails item = news.published(id);
		LocalizedText.Resolved title = item.title().resolve(locale);
		model.addAttribute("item", item);
		model.addAttribute("title", title);
		model.addAttribute("body", item.body().isEmpty() ? null : item.body().resolve(locale));
		model.addAttribute("omb", item.associationId() == null ? null
				: associations.find(item.associationId()).orElse(null));
		model.addAttribute("pageTitle", title.text());
		model.addAttribute("pageDescription", item.body().isEmpty() ? title.text()
				: abbreviated(RichText.plainText(item.body().in(locale))));
		return "news/public/item";
	}

	@GetMapping("/news/{id}/files/{fileId}")
	ResponseEntity<Resource> download(@PathVariable long id, @PathVariable long fileId) {
		StoredFile file = news.publishedAttachment(id, fileId);
		InputStream bytes = news.open(file);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.mediaType()))
			.contentLength(file.size())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.originalName(), StandardCharsets.UTF_8).build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(bytes));
	}

	private static String abbreviated(String text) {
		return text.length() <= 200 ? text : text.substring(0, 199) + "…";
	}

}
