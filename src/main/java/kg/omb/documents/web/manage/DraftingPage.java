package kg.omb.documents.web.manage;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kg.omb.association.AssociationView;
import kg.omb.association.Associations;
import kg.omb.association.WorkingGroupView;
import kg.omb.documents.ClauseChange;
import kg.omb.documents.ClauseLevel;
import kg.omb.documents.ClauseView;
import kg.omb.documents.DocumentStatus;
import kg.omb.documents.DocumentView;
import kg.omb.documents.Documents;
import kg.omb.documents.DocumentsProperties;
import kg.omb.documents.WorkflowStep;
import kg.omb.documents.discussion.PublicDiscussion;
import kg.omb.directory.ActIssuer;
import kg.omb.directory.LegalActView;
import kg.omb.directory.LegalActs;
import kg.omb.review.ReviewMode;
import kg.omb.review.ReviewRequests;
import kg.omb.shared.Bishkek;
import kg.omb.shared.NotFoundException;

/**
 * The drafting workspace of one document: the working version's parts with their editor, the versions, the DOCX
 * import, and the workflow forms the status allows and the person may use. A form that failed is shown again as
 * submitted, with its reason; every other form is fresh.
 */
@Component
class DraftingPage {

	static final String VIEW = "documents/manage/document";

	static final String FRAGMENTS = "documents/manage/fragments";

	/** The model attribute naming the form whose refusal the page shows at its top. */
	static final String FAILED = "failedForm";

	private final Documents documents;

	private final PublicDiscussion discussion;

	private final Associations associations;

	private final LegalActs acts;

	private final DocumentsProperties properties;

	private final Seats seats;

	private final Clock clock;

	private final ReviewRequests reviews;

	DraftingPage(Documents documents, PublicDiscussion discussion, Associations associations, LegalActs acts,
			DocumentsProperties properties, Seats seats, Clock clock, ReviewRequests reviews) {
		this.reviews = reviews;
		this.documents = documents;
		this.discussion = discussion;
		this.associations = associations;
		this.acts = acts;
		this.properties = properties;
		this.seats = seats;
		this.clock = clock;
	}

	/** The document, when the person works on it in some capacity; refused otherwise. */
	Seen open(long id, Model model) {
		DocumentView document = documents.find(id)
			.orElseThrow(() -> new NotFoundException("documents.error.not-found", id));
		Capacities may = seats.of(document);
		if (!may.any()) {
			throw new AccessDeniedException("documents.error.not-allowed");
		}
		AssociationView omb = associations.find(document.associationId())
			.orElseThrow(() -> new NotFoundException("documents.error.association-not-found", document.associationId()));
		model.addAttribute("document", document);
		model.addAttribute("omb", omb);
		model.addAttribute("may", may);
		model.addAttribute("section",
				document.sectionId() == null ? null : associations.section(document.sectionId()).orElse(null));
		model.addAttribute("workingGroup",
				document.workingGroupId() == null ? null : associations.workingGroup(document.workingGroupId()).orElse(null));
		return new Seen(document, omb, may);
	}

	String show(long id, Model model) {
		Seen seen = open(id, model);
		DocumentView document = seen.document();
		List<ClauseView> clauses = documents.clauses(id, document.currentVersion());
		LocalDate today = Bishkek.today(clock);
		int minDays = properties.discussionMinDays(document.kind());
		boolean editable = document.status().isEditable() && !document.currentVersionPublished();
		model.addAttribute("clauses", clauses);
		model.addAttribute("levels", ClauseLevel.values());
		model.addAttribute("versions", documents.versions(id));
		if (document.currentVersion() > 1) {
			model.addAttribute("changes", documents.compare(id, document.currentVersion() - 1, document.currentVersion())
				.stream()
				.filter(change -> change.kind() != ClauseChange.Kind.UNCHANGED)
				.toList());
		}
		model.addAttribute("timeline", documents.timeline(id));
		model.addAttribute("editable", editable && seen.may().author());
		model.addAttribute("today", today);
		model.addAttribute("minDays", minDays);
		model.addAttribute("earliestClose", today.plusDays(minDays));
		model.addAttribute("takesDiscussion", document.kind().takes(WorkflowStep.PUBLIC_DISCUSSION));
		model.addAttribute("takesSubmission", document.kind().takes(WorkflowStep.SUBMISSION));
		model.addAttribute("takesOmbDecision", document.kind().takes(WorkflowStep.OMB_DECISION));
		model.addAttribute("mayClose", document.status() == DocumentStatus.PUBLIC_DISCUSSION
				&& document.discussionClosesOn() != null && today.isAfter(document.discussionClosesOn()));
		if (document.takesDispositions()) {
			model.addAttribute("undisposed", discussion.undisposed(id));
		}
		if (seen.may().decides()) {
			model.addAttribute("acts", actsFor(seen.omb(), document));
		}
		boolean organises = seats.moderates(document) && document.status().isEditable();
		model.addAttribute("organises", organises);
		if (organises) {
			model.addAttribute("workingGroups",
					associations.workingGroups(document.associationId()).stream().filter(WorkingGroupView::open).toList());
		}
		ensure(model, "clauseForm", ClauseForm.empty());
		ensure(model, "expertRequestForm", ExpertReviewForm.suggested(Bishkek.today(clock)));
		model.addAttribute("expertReview", reviews.latest("normative-document", document.id()).orElse(null));
		model.addAttribute("reviewModes", java.util.Arrays.stream(ReviewMode.values()).filter(m -> !m.hidesAuthors()).toList());
		model.addAttribute("asksForReview", seats.moderates(document));
		for (String name : List.of("importForm", "publishForm", "newVersionForm", "openForm", "closeForm",
				"reviewForm", "expertForm", "submitForm", "approveForm", "adoptForm", "repealForm", "returnForm",
				"removeForm", "workingGroupForm")) {
			ensure(model, name, StepForm.empty());
		}
		return VIEW;
	}

	/** The acts the decision may cite: the authority's, the special-status university's, or the base organisation's. */
	List<LegalActView> actsFor(AssociationView omb, DocumentView document) {
		if (document.kind().takes(WorkflowStep.OMB_DECISION) || omb.specialStatus() || omb.authorityId() == null) {
			return acts.issuedBy(ActIssuer.organization(omb.baseOrganizationId()));
		}
		return acts.issuedBy(ActIssuer.authority(omb.authorityId()));
	}

	@Nullable ClauseView clause(long documentId, int version, long clauseId) {
		return documents.clauses(documentId, version).stream().filter(c -> c.id() == clauseId).findFirst().orElse(null);
	}

	/** After a change: back to the workspace (POST-redirect-GET), at the part that changed, with what was done. */
	static String done(long id, String part, String messageKey, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", messageKey);
		return "redirect:/manage/documents/" + id + "#" + part;
	}

	/**
	 * Puts a fresh form in the model unless the request bound one; a request that could not be read into the form
	 * at all leaves it fresh, with a note that the input could not be read.
	 */
	static void ensure(Model model, String name, Object fresh) {
		if (model.getAttribute(name) != null) {
			return;
		}
		boolean unreadable = model.getAttribute(BindingResult.MODEL_KEY_PREFIX + name) != null;
		model.addAttribute(name, fresh);
		if (unreadable) {
			BindingResult binding = new BeanPropertyBindingResult(fresh, name);
			binding.reject("documents.manage.form.unreadable");
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, binding);
		}
	}

	record Seen(DocumentView document, AssociationView omb, Capacities may) {
	}

}
