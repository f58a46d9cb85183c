package kg.omb.documents.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import kg.omb.association.AssociationView;
import kg.omb.association.Associations;
import kg.omb.directory.ClassifierKind;
import kg.omb.directory.Directory;
import kg.omb.directory.EducationLevelView;
import kg.omb.documents.DocumentKind;
import kg.omb.documents.DocumentStatus;
import kg.omb.documents.Documents;
import kg.omb.documents.RegistryPage;

/**
 * The public registry (§10.7): documents in force and archived (superseded, repealed), narrowed by kind, level,
 * specialty, OMB, status and year of entry into force, twenty a page, those in force first.
 */
@Controller
class RegistryController {

	static final List<DocumentStatus> STATUSES = List.of(DocumentStatus.IN_FORCE, DocumentStatus.SUPERSEDED,
			DocumentStatus.REPEALED);

	private final Documents documents;

	private final Associations associations;

	private final Directory directory;

	RegistryController(Documents documents, Associations associations, Directory directory) {
		this.documents = documents;
		this.associations = associations;
		this.directory = directory;
	}

	@GetMapping("/documents")
	String showRegistry(@ModelAttribute("filter") RegistryForm filter, Locale locale, Model model) {
		RegistryPage page = documents.registry(filter.toFilter(), filter.pageNumber(), RegistryForm.PAGE_SIZE);
		List<AssociationView> all = associations.all();
		model.addAttribute("registry", page);
		model.addAttribute("associations", all);
		model.addAttribute("associationNames",
				all.stream().collect(Collectors.toMap(AssociationView::id, Function.identity())));
		model.addAttribute("kinds", DocumentKind.values());
		model.addAttribute("statuses", STATUSES);
		model.addAttribute("levels", directory.levels()
			.stream()
			.sorted(Comparator.comparingInt(EducationLevelView::position))
			.toList());
		model.addAttribute("specialties", directory.classifier(ClassifierKind.SPECIALTY));
		model.addAttribute("levelNames", directory.levels()
			.stream()
			.collect(Collectors.toMap(EducationLevelView::code, level -> level.name().in(locale), (a, b) -> a)));
		return "documents/public/registry";
	}

}
