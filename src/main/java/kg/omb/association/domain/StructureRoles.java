package kg.omb.association.domain;

import java.time.Clock;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import kg.omb.identity.Role;
import kg.omb.identity.ScopeType;
import kg.omb.identity.ScopedRole;
import kg.omb.identity.Scope;
import kg.omb.identity.StructuralRoles;
import kg.omb.shared.Bishkek;

/**
 * The platform roles that follow the structure: the chair of an association holds {@code OMB_CHAIR} there, a
 * section's head {@code SECTION_HEAD} of it, a secretary {@code OMB_SECRETARY}, every other member
 * {@code OMB_MEMBER}; when the term ends the role goes. People without an account hold no role.
 */
@Component
class StructureRoles {

	private final StructuralRoles roles;

	private final MemberRepository members;

	private final SectionRepository sections;

	private final Clock clock;

	StructureRoles(StructuralRoles roles, MemberRepository members, SectionRepository sections, Clock clock) {
		this.roles = roles;
		this.members = members;
		this.sections = sections;
		this.clock = clock;
	}

	void chairConfirmed(Association association, long accountId, long actId) {
		roles.assign(accountId, chairOf(association), actId);
	}

	void chairLeft(Association association, ChairTerm term) {
		roles.withdraw(term.getAccountId(), chairOf(association));
	}

	void headAppointed(Section section, Head head, @Nullable Long actId) {
		if (head.accountId() != null) {
			roles.assign(head.accountId(), headOf(section), actId);
		}
	}

	void headLeft(Section section, Head head) {
		if (head.accountId() != null) {
			roles.withdraw(head.accountId(), headOf(section));
		}
	}

	void memberJoined(Member member) {
		if (member.getAccountId() != null) {
			roles.assign(member.getAccountId(), roleOf(member), member.getActId());
		}
	}

	void memberLeft(Member member) {
		if (member.getAccountId() != null && !stillHolds(member)) {
			roles.withdraw(member.getAccountId(), roleOf(member));
		}
	}

	/** A closed association leaves no one holding a role in it or in its sections. */
	void associationClosed(Association association) {
		LocalDate today = Bishkek.today(clock);
		for (Member member : members.findByAssociationIdOrderByPersonNameAsc(association.id())) {
			if (member.getAccountId() != null && member.isCurrentOn(today)) {
				roles.withdraw(member.getAccountId(), roleOf(member));
			}
		}
		for (Section section : sections.findByAssociationIdOrderByIdAsc(association.id())) {
			section.getHead().ifPresent(head -> headLeft(section, head));
		}
	}

	/** Another current membership in the same role keeps the role (a person listed twice by mistake, say). */
	private boolean stillHolds(Member leaving) {
		LocalDate today = Bishkek.today(clock);
		return members.findByAccountId(leaving.getAccountId())
			.stream()
			.anyMatch(other -> other.id() != leaving.id() && other.getAssociationId() == leaving.getAssociationId()
					&& other.getRole().platformRole() == leaving.getRole().platformRole() && other.isCurrentOn(today)
					&& other.getEndedOn() == null);
	}

	private static ScopedRole chairOf(Association association) {
		return new ScopedRole(Role.OMB_CHAIR, Scope.of(ScopeType.ASSOCIATION, association.id()));
	}

	private static ScopedRole headOf(Section section) {
		return new ScopedRole(Role.SECTION_HEAD, Scope.of(ScopeType.SECTION, section.id()));
	}

	private static ScopedRole roleOf(Member member) {
		return new ScopedRole(member.getRole().platformRole(), Scope.of(ScopeType.ASSOCIATION, member.getAssociationId()));
	}

}
