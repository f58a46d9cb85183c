package kg.omb.portal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import kg.omb.documents.DocumentView;
import kg.omb.documents.Documents;
import kg.omb.documents.RegistryEntry;
import kg.omb.news.News;
import kg.omb.search.PublicContent;
import kg.omb.shared.Bishkek;
import kg.omb.shared.LocalizedText;

/**
 * The public home page of the portal: what it is, the drafts open for public discussion now with the days left,
 * closing soonest first (§10.2), the documents that entered into force last, the latest news and decisions of the OMBs and a search box.
 */
@Controller
class HomeController {

	static final int LATEST = 5;

	private final Documents documents;

	private final PublicContent content;

	private final News news;

	private final Clock clock;

	HomeController(Documents documents, PublicContent content, News news, Clock clock) {
		this.documents = documents;
		this.content = content;
		this.news = news;
		this.clock = clock;
	}

	@GetMapping("/")
	String home(Locale locale, Model model) {
		LocalDate today = Bishkek.today(clock);
		model.addAttribute("openDiscussions", documents.openDiscussions(today, LATEST)
			.stream()
			.map(document -> new OpenDiscussion(document, daysLeft(document.discussionClosesOn(), today)))
			.toList());
		List<RegistryEntry> latest = documents.latestInForce(LATEST);
		model.addAttribute("latestInForce", latest);
		model.addAttribute("latestNews", news.latest(LATEST)
			.stream()
			.map(item -> new LatestNews(item.path(), item.title(), item.publishedAt().atZone(Bishkek.ZONE).toLocalDate()))
			.toList());
		model.addAttribute("latestDecisions",
				content.newest(PortalSection.DECISIONS.filters(), locale, 0, LATEST).hits());
		return "portal/home";
	}

	/** Days left including today; the last day of the window is included. */
	private static long daysLeft(@Nullable LocalDate closesOn, LocalDate today) {
		return closesOn == null || today.isAfter(closesOn) ? 0 : closesOn.toEpochDay() - today.toEpochDay() + 1;
	}

	/** A news item as the home page lists it: the day it was published in Bishkek. */
	record LatestNews(String path, LocalizedText title, LocalDate publishedOn) {
	}

	/** A draft open for discussion, as the home page lists it. */
	record OpenDiscussion(DocumentView document, long daysLeft) {
	}

}
