package kg.omb.documents.web.manage;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kg.omb.association.Associations;
import kg.omb.association.SectionView;
import kg.omb.directory.ClassifierEntryView;
import kg.omb.directory.ClassifierKind;
import kg.omb.directory.Directory;
import kg.omb.documents.DocumentKind;
import kg.omb.documents.DocumentStatus;
import kg.omb.documents.DocumentView;
import kg.omb.documents.Documents;
import kg.omb.documents.NewDocument;
import kg.omb.shared.Bishkek;
import kg.omb.shared.LocalizedText;
import kg.omb.shared.Strings;

/**
 * The documents a person works on ({@code /manage/documents}): per OMB, with their status and what waits for the
 * person, and the form that starts a new draft in an OMB (and section) they draft for.
 */
@Controller
@DocumentsConsole
class ManageDocumentsController {

	static final String VIEW = "documents/manage/list";

	private final Desk desk;

	private final Seats seats;

	private final Documents documents;

	private final Associations associations;

	private final Directory directory;

	private final Clock clock;

	ManageDocumentsController(Desk desk, Seats seats, Documents documents, Associations associations,
			Directory directory, Clock clock) {
		this.desk = desk;
		this.seats = seats;
		this.documents = documents;
		this.associations = associations;
		this.directory = directory;
		this.clock = clock;
	}

	@GetMapping("/manage/documents")
	String list(Model model) {
		List<Seats.Drafting> places = seats.draftingPlaces();
		model.addAttribute("desk", desk.mine());
		model.addAttribute("places", places);
		if (!places.isEmpty()) {
			LocalDate today = Bishkek.today(clock);
			List<ClassifierEntryView> entries = new ArrayList<>(directory.classifier(ClassifierKind.DIRECTION));
			entries.addAll(directory.classifier(ClassifierKind.SPECIALTY));
			model.addAttribute("entries", entries.stream().filter(entry -> entry.usableOn(today)).toList());
			model.addAttribute("educationLevels", directory.levels());
			model.addAttribute("kinds", DocumentKind.values());
			model.addAttribute("predecessors", places.stream()
				.flatMap(place -> documents.ofAssociation(place.association().id()).stream())
				.filter(document -> document.status() == DocumentStatus.IN_FORCE)
				.toList());
		}
		DraftingPage.ensure(model, "newDocumentForm", NewDocumentForm.empty());
		return VIEW;
	}

	/**
	 * What waits for the person, as a fragment the console's home loads (htmx); without htmx, the whole list.
	 */
	@GetMapping("/manage/documents/waiting")
	String waiting(@RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx, Model model) {
		if (!htmx) {
			return "redirect:/manage/documents";
		}
		model.addAttribute("waiting", desk.mine()
			.stream()
			.flatMap(omb -> omb.rows().stream())
			.filter(row -> row.waiting() != null)
			.toList());
		return DraftingPage.FRAGMENTS + " :: waiting";
	}

	@PostMapping("/manage/documents")
	String create(@Valid @ModelAttribute("newDocumentForm") NewDocumentForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (form.sectionId() != null && !binding.hasFieldErrors("associationId") && associations.section(form.sectionId())
			.map(SectionView::associationId)
			.filter(omb -> omb.equals(form.associationId()))
			.isEmpty()) {
			binding.rejectValue("sectionId", "documents.manage.form.section.other-omb");
		}
		if (form.sectionId() == null && form.associationId() != null && seats.draftingPlaces()
			.stream()
			.anyMatch(place -> place.association().id() == form.associationId() && !place.wholeOmb())) {
			binding.rejectValue("sectionId", "documents.manage.form.section.required");
		}
		DocumentView[] created = new DocumentView[1];
		if (Refusals.run(binding, response, () -> created[0] = documents.createDraft(new NewDocument(
				Objects.requireNonNull(form.associationId()), form.sectionId(), Objects.requireNonNull(form.kind()),
				new LocalizedText(Objects.requireNonNull(form.titleKy()).strip(), Strings.blankToNull(form.titleRu()),
						Strings.blankToNull(form.titleEn())),
				form.codes() == null ? Set.of() : Set.copyOf(form.codes()),
				form.levels() == null ? Set.of() : Set.copyOf(form.levels()), form.predecessorId())))) {
			return DraftingPage.done(created[0].id(), "text", "documents.manage.created", redirect);
		}
		return list(model);
	}

}
