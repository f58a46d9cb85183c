package kg.omb.documents.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import kg.omb.association.AssociationView;
import kg.omb.association.Associations;
import kg.omb.documents.DocumentStatus;
import kg.omb.documents.DocumentView;
import kg.omb.documents.Documents;
import kg.omb.documents.discussion.DiscussionWindow;
import kg.omb.documents.discussion.PublicDiscussion;
import kg.omb.shared.Bishkek;

/**
 * The drafts open for public discussion now, the one closing soonest first, with the days left and the number of
 * comments; then the discussions that have closed.
 */
@Controller
class DiscussionsController {

	private final Documents documents;

	private final PublicDiscussion discussion;

	private final Associations associations;

	private final Clock clock;

	DiscussionsController(Documents documents, PublicDiscussion discussion, Associations associations, Clock clock) {
		this.documents = documents;
		this.discussion = discussion;
		this.associations = associations;
		this.clock = clock;
	}

	@GetMapping("/discussions")
	String showDiscussions(Locale locale, Model model) {
		LocalDate today = Bishkek.today(clock);
		Map<Long, String> names = associations.all()
			.stream()
			.collect(Collectors.toMap(AssociationView::id, association -> association.name().in(locale)));
		List<DocumentView> discussed = documents.discussions();
		Map<Long, Long> counts = discussion.visibleCounts(discussed.stream().map(DocumentView::id).toList());
		List<DiscussionLine> lines = discussed.stream()
			.map(document -> line(document, today, names, counts.getOrDefault(document.id(), 0L)))
			.toList();
		model.addAttribute("open", lines.stream().filter(DiscussionLine::open).toList());
		model.addAttribute("closed", lines.stream().filter(line -> !line.open()).toList());
		return "documents/public/discussions";
	}

	private DiscussionLine line(DocumentView document, LocalDate today, Map<Long, String> names, long comments) {
		DiscussionWindow window = DocumentPages.window(document);
		boolean open = document.status() == DocumentStatus.PUBLIC_DISCUSSION && window != null
				&& !window.hasClosedBy(today);
		return new DiscussionLine(document, names.get(document.associationId()), window,
				window == null ? 0 : window.daysLeft(today), open, comments);
	}

	/** A discussion in the list: the document, its OMB's name, its window, days left, whether open, comments. */
	record DiscussionLine(DocumentView document, @Nullable String associationName, @Nullable DiscussionWindow window, long daysLeft,
			boolean open, long comments) {
	}

}
