package kg.omb.documents.web;

import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import kg.omb.directory.Region;
import kg.omb.documents.discussion.ReportReason;
import kg.omb.documents.discussion.StakeholderKind;
import kg.omb.identity.CurrentAccess;
import kg.omb.identity.Role;
import kg.omb.identity.Scope;
import kg.omb.identity.ScopeType;
import kg.omb.shared.Actor;

/**
 * What the signed-in person may do on a document's page: comment and reply while the window is open, speak for the
 * organisations they represent, report comments; the OMB's chair or secretary also hides them. The services check
 * all of this again: these only decide which forms are shown.
 */
@Component
class Participation {

	private final CurrentAccess access;

	private final DocumentPages pages;

	Participation(CurrentAccess access, DocumentPages pages) {
		this.access = access;
		this.pages = pages;
	}

	void addTo(Model model, DocumentPage page, CommentForm form, Locale locale) {
		boolean signedIn = Actor.current().accountId() != null;
		Scope association = Scope.of(ScopeType.ASSOCIATION, page.document().associationId());
		Set<Long> represented = access.scopeIds(Role.ORG_REPRESENTATIVE, ScopeType.ORGANIZATION);
		model.addAttribute("signedIn", signedIn);
		model.addAttribute("moderator", signedIn && (access.holds(Role.OMB_CHAIR, association)
				|| access.holds(Role.OMB_SECRETARY, association)));
		model.addAttribute("representedOrganizations", pages.organizations(represented, locale));
		model.addAttribute("stakeholders", StakeholderKind.values());
		model.addAttribute("regions", Region.values());
		model.addAttribute("reportReasons", ReportReason.values());
		if (!model.containsAttribute("commentForm")) {
			model.addAttribute("commentForm", form);
		}
		model.addAttribute("clauseChoices", page.clauses()
			.stream()
			.filter(line -> !line.isHeading() || !line.html().isBlank())
			.map(DocumentPage.ClauseLine::clause)
			.toList());
	}

}
