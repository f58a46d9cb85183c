package kg.omb.association.domain;

import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.audit.AuditLog;
import kg.omb.directory.ActIssuer;
import kg.omb.directory.LegalActView;
import kg.omb.directory.LegalActs;
import kg.omb.identity.Role;
import kg.omb.identity.Scope;
import kg.omb.identity.ScopeType;
import kg.omb.identity.ScopedRole;
import kg.omb.identity.StructuralRoles;
import kg.omb.shared.Bishkek;
import kg.omb.shared.DomainException;
import kg.omb.shared.LocalizedText;
import kg.omb.shared.NotFoundException;

/**
 * The consultative council an authority forms to coordinate its OMBs (§13): one per authority, its members
 * appointed and released by the authority's acts (with the {@code COUNCIL_MEMBER} role for those with an account),
 * and its recommendations.
 */
@Service
@Transactional
public class CouncilService {

	private final Versions versions;

	private final CouncilRepository councils;

	private final AssociationAccess access;

	private final LegalActs acts;

	private final StructuralRoles roles;

	private final StructureHistory history;

	private final AuditLog audit;

	CouncilService(CouncilRepository councils, AssociationAccess access, LegalActs acts, StructuralRoles roles,
			StructureHistory history, AuditLog audit, Versions versions) {
		this.versions = versions;
		this.councils = councils;
		this.access = access;
		this.acts = acts;
		this.roles = roles;
		this.history = history;
		this.audit = audit;
	}

	public long form(long authorityId, LocalizedText name, long actId) {
		access.require(access.governsAuthority(authorityId));
		if (councils.findByAuthorityId(authorityId).isPresent()) {
			throw new DomainException("association.error.council-exists");
		}
		LegalActView act = acts.requireIssuedBy(actId, ActIssuer.authority(authorityId));
		ConsultativeCouncil council = councils.save(new ConsultativeCouncil(authorityId, name, act.id(),
				act.effectiveOn()));
		history.ofCouncil(council.id(), ChangeKind.COUNCIL_FORMED, name, act.effectiveOn(), act.id());
		audit.record("council.formed", "council", council.id(), Map.of("authorityId", authorityId, "actId", act.id()));
		return council.id();
	}

	public void appoint(long councilId, long expectedVersion, CouncilMember.Person person, long actId) {
		ConsultativeCouncil council = governed(councilId, expectedVersion);
		if (person.name().isBlank() || person.position().isBlank()) {
			throw new DomainException("association.error.person-incomplete");
		}
		LegalActView act = acts.requireIssuedBy(actId, ActIssuer.authority(council.getAuthorityId()));
		council.appoint(person, act.id(), act.effectiveOn());
		councils.save(council);
		if (person.accountId() != null) {
			roles.assign(person.accountId(), seatOn(council), act.id(), Bishkek.startOf(act.effectiveOn()), null);
		}
		history.ofCouncil(councilId, ChangeKind.COUNCIL_MEMBER_APPOINTED, StructureHistory.person(person.name()),
				act.effectiveOn(), act.id());
		audit.record("council.member-appointed", "council", councilId, Map.of("person", person.name(), "actId", act.id()));
	}

	public void release(long councilId, long expectedVersion, long memberId, long actId) {
		ConsultativeCouncil council = governed(councilId, expectedVersion);
		LegalActView act = acts.requireIssuedBy(actId, ActIssuer.authority(council.getAuthorityId()));
		CouncilMember member = council.release(memberId, act.id(), act.effectiveOn());
		if (member.getPerson().accountId() != null) {
			roles.withdraw(member.getPerson().accountId(), seatOn(council), Bishkek.startOf(act.effectiveOn()));
		}
		history.ofCouncil(councilId, ChangeKind.COUNCIL_MEMBER_LEFT, StructureHistory.person(member.getPerson().name()),
				act.effectiveOn(), act.id());
		audit.record("council.member-released", "council", councilId, Map.of("memberId", memberId, "actId", act.id()));
	}

	public void recommend(long councilId, long expectedVersion, LocalizedText title, String content,
			LocalDate adoptedOn, @Nullable Long actId) {
		ConsultativeCouncil council = governed(councilId, expectedVersion);
		Long act = actId == null ? null
				: acts.requireIssuedBy(actId, ActIssuer.authority(council.getAuthorityId())).id();
		council.recommend(title, content, adoptedOn, act);
		councils.save(council);
		history.ofCouncil(councilId, ChangeKind.COUNCIL_RECOMMENDATION_ADOPTED, title, adoptedOn, act);
		audit.record("council.recommendation-adopted", "council", councilId);
	}

	private ConsultativeCouncil governed(long councilId, long expectedVersion) {
		ConsultativeCouncil council = councils.findById(councilId)
			.orElseThrow(() -> new NotFoundException("association.error.council-not-found"));
		access.require(access.governsAuthority(council.getAuthorityId()));
		return versions.require(council, expectedVersion);
	}

	private static ScopedRole seatOn(ConsultativeCouncil council) {
		return new ScopedRole(Role.COUNCIL_MEMBER, Scope.of(ScopeType.COUNCIL, council.id()));
	}

}
