package kg.omb.directory.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import kg.omb.directory.ClassifierEntryView;
import kg.omb.directory.Directory;
import kg.omb.directory.EducationLevelView;
import kg.omb.directory.LegalActView;
import kg.omb.directory.LegalActs;
import kg.omb.directory.domain.ClassifierChangeView;
import kg.omb.directory.domain.DirectorySearch;
import kg.omb.shared.NotFoundException;

/** The public classifier: the tree of groups, directions and specialties, and an entry's page with its history. */
@Controller
class ClassifierController {

	private final DirectorySearch search;

	private final Directory directory;

	private final LegalActs acts;

	private final Clock clock;

	ClassifierController(DirectorySearch search, Directory directory, LegalActs acts, Clock clock) {
		this.search = search;
		this.directory = directory;
		this.acts = acts;
		this.clock = clock;
	}

	@GetMapping("/classifier")
	String tree(@RequestParam(name = "q", defaultValue = "") String query,
			@RequestParam(name = "hideRetired", defaultValue = "false") boolean hideRetired,
			@RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx, Model model) {
		model.addAttribute("query", query);
		model.addAttribute("hideRetired", hideRetired);
		model.addAttribute("tree", ClassifierTree.of(search.classifier(), query, hideRetired, today()));
		model.addAttribute("levels", levelsByCode());
		return htmx ? "directory/classifier/tree :: results" : "directory/classifier/tree";
	}

	@GetMapping("/classifier/{code}")
	String entry(@PathVariable String code, Model model) {
		ClassifierEntryView entry = directory.classifierEntry(code)
			.orElseThrow(() -> new NotFoundException("classifier.error.unknown-code", code));
		List<ClassifierChangeView> history = search.history(entry.code());
		model.addAttribute("entry", entry);
		model.addAttribute("retired", entry.retiredOn() != null && !entry.retiredOn().isAfter(today()));
		model.addAttribute("parent",
				entry.parentCode() == null ? null : directory.classifierEntry(entry.parentCode()).orElse(null));
		model.addAttribute("children", search.classifier().stream()
			.filter(child -> entry.code().equals(child.parentCode()))
			.toList());
		model.addAttribute("levels", levelsByCode());
		model.addAttribute("history", history);
		model.addAttribute("acts", history.stream()
			.map(ClassifierChangeView::legalActId)
			.filter(java.util.Objects::nonNull)
			.distinct()
			.map(acts::find)
			.flatMap(java.util.Optional::stream)
			.collect(Collectors.toMap(LegalActView::id, Function.identity())));
		return "directory/classifier/entry";
	}

	private Map<String, EducationLevelView> levelsByCode() {
		return directory.levels().stream().collect(Collectors.toMap(EducationLevelView::code, Function.identity(),
				(first, second) -> first, java.util.LinkedHashMap::new));
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), DirectoryDates.BISHKEK);
	}

}
