package kg.omb.association.domain;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import kg.omb.directory.ActIssuer;
import kg.omb.directory.ActRecordingRule;
import kg.omb.identity.CurrentAccess;
import kg.omb.identity.Role;
import kg.omb.identity.Scope;
import kg.omb.identity.ScopeType;

/**
 * The chair and secretary of an active association may record the acts of its base organisation (§16: the base
 * organisation's order approves the membership), since they keep the association's records there.
 */
@Component
class BaseOrganizationActs implements ActRecordingRule {

	private final AssociationRepository associations;

	BaseOrganizationActs(AssociationRepository associations) {
		this.associations = associations;
	}

	@Override
	public boolean allows(Authentication person, ActIssuer issuer) {
		if (issuer.type() != ActIssuer.Type.ORGANIZATION) {
			return false;
		}
		return associations.findAllByOrderByIdAsc()
			.stream()
			.filter(association -> association.isActive() && association.baseOrganizationId() == issuer.id())
			.anyMatch(association -> CurrentAccess.permits(person,
					java.util.List.of(Role.OMB_CHAIR, Role.OMB_SECRETARY),
					Scope.of(ScopeType.ASSOCIATION, association.id())));
	}

}
