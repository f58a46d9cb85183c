package kg.omb.association.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

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
 * {@code OMB_MEMBER}. A role is held for the term: from the day the act takes effect until the term runs out or an
 * act ends it (from the day that act takes effect). People without an account hold no role.
 * <p>
 * The head of a subsection holds no role of their own: there is no role scoped to a subsection, and what a
 * subsection's head may do is done within the section.
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

	void chairConfirmed(Association association, long accountId, long actId, LocalDate from) {
		roles.assign(accountId, chairOf(association), actId, Bishkek.startOf(from), null);
	}

	void chairLeft(Association association, ChairTerm term) {
		roles.withdraw(term.getAccountId(), chairOf(association), Bishkek.startOf(endOf(term.getToDate())));
	}

	void headAppointed(Section section, Head head, long actId, LocalDate from) {
		if (head.accountId() != null) {
			roles.assign(head.accountId(), headOf(section), actId, Bishkek.startOf(from), null);
		}
	}

	void headLeft(Section section, Head head, LocalDate on) {
		if (head.accountId() != null) {
			roles.withdraw(head.accountId(), headOf(section), Bishkek.startOf(on));
		}
	}

	/** The member's role for the term: from its first day until the day it runs out, if it has an end. */
	void memberJoined(Member member) {
		if (member.getAccountId() != null) {
			LocalDate until = member.getEndedOn() != null ? member.getEndedOn() : member.getTermTo();
			roles.assign(member.getAccountId(), roleOf(member), member.getActId(), Bishkek.startOf(member.getTermFrom()),
					until == null ? null : Bishkek.startOf(until));
		}
	}

	/**
	 * The role ends on the day the membership does; another membership of the person in the same role (a person
	 * listed twice by mistake, say) keeps it for its own term.
	 */
	void memberLeft(Member member) {
		if (member.getAccountId() != null) {
			roles.withdraw(member.getAccountId(), roleOf(member), Bishkek.startOf(endOf(member.getEndedOn())));
			sameRoleElsewhere(member).forEach(this::memberJoined);
		}
	}

	/** A closed association leaves no one holding a role in it or in its sections, from the day it closes. */
	void associationClosed(Association association, LocalDate on) {
		for (Member member : members.findByAssociationIdOrderByPersonNameAsc(association.id())) {
			if (member.getAccountId() != null && member.getEndedOn() == null) {
				roles.withdraw(member.getAccountId(), roleOf(member), Bishkek.startOf(on));
			}
		}
		for (Section section : sections.findByAssociationIdOrderByIdAsc(association.id())) {
			section.getHead().ifPresent(head -> headLeft(section, head, on));
		}
	}

	private List<Member> sameRoleElsewhere(Member leaving) {
		LocalDate today = Bishkek.today(clock);
		return members.findByAccountId(leaving.getAccountId())
			.stream()
			.filter(other -> other.id() != leaving.id() && other.getAssociationId() == leaving.getAssociationId()
					&& other.getRole().platformRole() == leaving.getRole().platformRole() && other.getEndedOn() == null
					&& (other.isCurrentOn(today) || other.getTermFrom().isAfter(today)))
			.toList();
	}

	private LocalDate endOf(@Nullable LocalDate day) {
		return day == null ? Bishkek.today(clock) : day;
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
