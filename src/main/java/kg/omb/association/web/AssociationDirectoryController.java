package kg.omb.association.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import kg.omb.association.domain.AssociationQueries;
import kg.omb.directory.ClassifierKind;
import kg.omb.directory.Directory;
import kg.omb.directory.EducationLevelView;
import kg.omb.directory.Region;

/**
 * The public OMB directory (§10.7): every working OMB with its base organisation, groups, chair and size, narrowed
 * by group, level, region or text. The filter is a plain GET form; with htmx only the results are swapped in.
 */
@Controller
class AssociationDirectoryController {

	static final String RESULTS = "association/public/fragments/directory-results :: results";

	private final AssociationQueries queries;

	private final Directory directory;

	AssociationDirectoryController(AssociationQueries queries, Directory directory) {
		this.queries = queries;
		this.directory = directory;
	}

	@GetMapping("/associations")
	String showDirectory(@ModelAttribute("filter") DirectoryForm filter, HtmxRequest htmx, Locale locale, Model model,
			HttpServletResponse response) {
		response.addHeader(HttpHeaders.VARY, "HX-Request");
		model.addAttribute("associations", queries.directory(filter.toFilter(), locale));
		if (htmx.isHtmxRequest() && !htmx.isHistoryRestoreRequest()) {
			return RESULTS;
		}
		model.addAttribute("groups", directory.classifier(ClassifierKind.GROUP));
		model.addAttribute("levels", levels());
		model.addAttribute("regions", Region.values());
		return "association/public/directory";
	}

	private List<EducationLevelView> levels() {
		return directory.levels().stream().sorted(Comparator.comparingInt(EducationLevelView::position)).toList();
	}

}
