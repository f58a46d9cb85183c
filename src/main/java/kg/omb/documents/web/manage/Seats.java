package kg.omb.documents.web.manage;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import kg.omb.association.AssociationStatus;
import kg.omb.association.AssociationView;
import kg.omb.association.Associations;
import kg.omb.association.SectionView;
import kg.omb.association.WorkingGroupView;
import kg.omb.documents.DocumentView;
import kg.omb.documents.Documents;
import kg.omb.documents.WorkflowStep;
import kg.omb.identity.CurrentAccess;
import kg.omb.identity.Role;
import kg.omb.identity.Scope;
import kg.omb.identity.ScopeType;
import kg.omb.shared.Actor;

/**
 * Where the signed-in person sits for the documents: the OMBs whose documents they author (as chair or secretary,
 * or as head of one of their sections), the OMBs whose submitted documents they decide on (as officer of the
 * authority over them, or as representative of a special-status university over its own OMB), and, for one
 * document, their {@link Capacities}. The same rules as the documents service, used to show the right forms only.
 */
@Component
class Seats {

	private final CurrentAccess access;

	private final Associations associations;

	private final Documents documents;

	Seats(CurrentAccess access, Associations associations, Documents documents) {
		this.documents = documents;
		this.access = access;
		this.associations = associations;
	}

	/** The OMBs, by id, in which the person drafts for the whole OMB (chair, secretary; an administrator: all). */
	Set<Long> wholeOmbs() {
		Set<Long> ids = new LinkedHashSet<>(access.scopeIds(Role.OMB_CHAIR, ScopeType.ASSOCIATION));
		ids.addAll(access.scopeIds(Role.OMB_SECRETARY, ScopeType.ASSOCIATION));
		if (administrator()) {
			associations.all().forEach(association -> ids.add(association.id()));
		}
		return ids;
	}

	/** The sections the person heads, open ones only. */
	List<SectionView> headedSections() {
		return access.scopeIds(Role.SECTION_HEAD, ScopeType.SECTION)
			.stream()
			.map(associations::section)
			.flatMap(java.util.Optional::stream)
			.filter(SectionView::open)
			.toList();
	}

	/** The OMBs whose submitted documents the person decides on. */
	List<AssociationView> decidedOmbs() {
		Set<Long> authorities = access.scopeIds(Role.AUTHORITY_OFFICER, ScopeType.AUTHORITY);
		Set<Long> represented = access.scopeIds(Role.ORG_REPRESENTATIVE, ScopeType.ORGANIZATION);
		boolean administrator = administrator();
		return associations.all()
			.stream()
			.filter(association -> association.specialStatus() ? represented.contains(association.baseOrganizationId())
					: association.authorityId() != null && authorities.contains(association.authorityId())
							|| administrator)
			.toList();
	}

	/** The active OMBs in which the person may start a draft, with the sections they may start it for. */
	List<Drafting> draftingPlaces() {
		Set<Long> whole = wholeOmbs();
		List<SectionView> headed = headedSections();
		Set<Long> ids = new LinkedHashSet<>(whole);
		headed.forEach(section -> ids.add(section.associationId()));
		return ids.stream()
			.map(associations::find)
			.flatMap(java.util.Optional::stream)
			.filter(association -> association.status() == AssociationStatus.ACTIVE)
			.map(association -> new Drafting(association, whole.contains(association.id()),
					whole.contains(association.id())
							? associations.sections(association.id()).stream().filter(SectionView::open).toList()
							: headed.stream().filter(section -> section.associationId() == association.id()).toList()))
			.toList();
	}

	Capacities of(DocumentView document) {
		boolean chair = holds(Role.OMB_CHAIR, ScopeType.ASSOCIATION, document.associationId());
		boolean author = documents.isAuthor(document.id());
		return new Capacities(author, chair, decides(document, chair));
	}

	/** The open working groups, of active OMBs, in which the signed-in person takes part with their account. */
	List<WorkingGroupView> workingGroups() {
		Long account = Actor.current().accountId();
		if (account == null) {
			return List.of();
		}
		return associations.workingGroupsOf(account)
			.stream()
			.filter(WorkingGroupView::open)
			.filter(group -> associations.find(group.associationId())
				.filter(association -> association.status() == AssociationStatus.ACTIVE)
				.isPresent())
			.toList();
	}

	/** The OMB's chair and secretary hide comments from the public, with a reason (post-moderation). */
	boolean moderates(DocumentView document) {
		return holds(Role.OMB_CHAIR, ScopeType.ASSOCIATION, document.associationId())
				|| holds(Role.OMB_SECRETARY, ScopeType.ASSOCIATION, document.associationId());
	}

	private boolean decides(DocumentView document, boolean chair) {
		if (document.kind().takes(WorkflowStep.OMB_DECISION)) {
			return chair;
		}
		AssociationView association = associations.find(document.associationId()).orElse(null);
		if (association == null) {
			return administrator();
		}
		if (association.specialStatus()) {
			return holds(Role.ORG_REPRESENTATIVE, ScopeType.ORGANIZATION, association.baseOrganizationId());
		}
		Long authority = association.authorityId();
		return authority != null ? holds(Role.AUTHORITY_OFFICER, ScopeType.AUTHORITY, authority) : administrator();
	}

	private boolean administrator() {
		return access.holds(Role.ADMIN, Scope.PLATFORM);
	}

	private boolean holds(Role role, ScopeType type, long id) {
		Scope scope = Scope.of(type, id);
		return access.holds(role, scope) || access.holds(Role.ADMIN, scope);
	}

	/** An OMB the person may draft in: for the whole OMB, or only for the sections they head. */
	record Drafting(AssociationView association, boolean wholeOmb, List<SectionView> sections) {
	}

}
