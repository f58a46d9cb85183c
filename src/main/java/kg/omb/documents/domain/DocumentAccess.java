package kg.omb.documents.domain;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import kg.omb.association.Associations;
import kg.omb.association.AssociationView;
import kg.omb.directory.ActIssuer;
import kg.omb.documents.WorkflowStep;
import kg.omb.identity.CurrentAccess;
import kg.omb.identity.Role;
import kg.omb.identity.Scope;
import kg.omb.identity.ScopeType;
import kg.omb.shared.Actor;

/**
 * Who may do what with a document. Its authors are the OMB's chair and secretary and the head of the section
 * developing it; the chair reviews it and submits it (§18) or records the OMB's decision; what was submitted is
 * approved, returned or repealed by the officer of the authorized body over the OMB (for a special-status
 * university's own OMB, by the university's representative, §25). Administrators may do all.
 */
@Component
class DocumentAccess {

	private final CurrentAccess access;

	private final Associations associations;

	DocumentAccess(CurrentAccess access, Associations associations) {
		this.access = access;
		this.associations = associations;
	}

	boolean drafts(long associationId, @Nullable Long sectionId) {
		return holds(Role.OMB_CHAIR, ScopeType.ASSOCIATION, associationId)
				|| holds(Role.OMB_SECRETARY, ScopeType.ASSOCIATION, associationId)
				|| sectionId != null && holds(Role.SECTION_HEAD, ScopeType.SECTION, sectionId);
	}

	/** The chair, the secretary, the head of its section and the participants of its working group. */
	boolean authors(NormativeDocument document) {
		return drafts(document.getAssociationId(), document.getSectionId()) || inWorkingGroup(document);
	}

	/** The chair or the secretary: they organise the OMB's work, such as who drafts what. */
	boolean organises(NormativeDocument document) {
		return holds(Role.OMB_CHAIR, ScopeType.ASSOCIATION, document.getAssociationId())
				|| holds(Role.OMB_SECRETARY, ScopeType.ASSOCIATION, document.getAssociationId());
	}

	private boolean inWorkingGroup(NormativeDocument document) {
		Long groupId = document.getWorkingGroupId();
		Long accountId = Actor.current().accountId();
		return groupId != null && accountId != null && associations.workingGroup(groupId)
			.filter(group -> group.open() && group.associationId() == document.getAssociationId())
			.map(group -> group.participantAccountIds().contains(accountId))
			.orElse(false);
	}

	boolean chairs(NormativeDocument document) {
		return holds(Role.OMB_CHAIR, ScopeType.ASSOCIATION, document.getAssociationId());
	}

	/** The authority over the OMB for a submitted document; the chair for a document of the OMB's own level. */
	boolean decides(NormativeDocument document) {
		if (document.getKind().takes(WorkflowStep.OMB_DECISION)) {
			return chairs(document);
		}
		AssociationView association = associations.find(document.getAssociationId()).orElse(null);
		if (association == null) {
			return access.holds(Role.ADMIN, Scope.PLATFORM);
		}
		if (association.specialStatus()) {
			return holds(Role.ORG_REPRESENTATIVE, ScopeType.ORGANIZATION, association.baseOrganizationId());
		}
		Long authority = association.authorityId();
		return authority != null ? holds(Role.AUTHORITY_OFFICER, ScopeType.AUTHORITY, authority)
				: access.holds(Role.ADMIN, Scope.PLATFORM);
	}

	/**
	 * Whose acts may put the document in force or repeal it: the authority over the OMB, or the special-status
	 * university itself; for a document of the OMB's own level also the OMB's base organisation.
	 */
	ActIssuer[] issuers(NormativeDocument document) {
		AssociationView association = associations.find(document.getAssociationId()).orElse(null);
		if (association == null) {
			return new ActIssuer[0];
		}
		List<ActIssuer> issuers = new ArrayList<>();
		if (association.authorityId() != null) {
			issuers.add(ActIssuer.authority(association.authorityId()));
		}
		if (association.specialStatus() || document.getKind().takes(WorkflowStep.OMB_DECISION)) {
			issuers.add(ActIssuer.organization(association.baseOrganizationId()));
		}
		return issuers.toArray(ActIssuer[]::new);
	}

	void require(boolean allowed) {
		if (!allowed) {
			throw new AccessDeniedException("documents.error.not-allowed");
		}
	}

	private boolean holds(Role role, ScopeType type, long id) {
		Scope scope = Scope.of(type, id);
		return access.holds(role, scope) || access.holds(Role.ADMIN, scope);
	}

}
