package kg.omb.review.domain;

import java.util.Set;

/**
 * What the conflict-of-interest rules look at for one subject: the accounts and organisations of its authors, the
 * accounts of the working group and of the section that drafted it, and the experts who declared a conflict with
 * it (or with one of its authors' organisations).
 */
public record ConflictFacts(Set<Long> authorAccountIds, Set<Long> authorOrganizationIds,
		Set<Long> workingGroupAccountIds, Set<Long> draftingSectionAccountIds, Set<Long> declaredConflictExpertIds) {

	public ConflictFacts {
		authorAccountIds = Set.copyOf(authorAccountIds);
		authorOrganizationIds = Set.copyOf(authorOrganizationIds);
		workingGroupAccountIds = Set.copyOf(workingGroupAccountIds);
		draftingSectionAccountIds = Set.copyOf(draftingSectionAccountIds);
		declaredConflictExpertIds = Set.copyOf(declaredConflictExpertIds);
	}

}
