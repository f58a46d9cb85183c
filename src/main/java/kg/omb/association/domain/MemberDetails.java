package kg.omb.association.domain;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Who is proposed as a member and how: the person (a name and, if they have one, an account and e-mail), their
 * organisation and position, whom they stand for, their section, their role and the term asked for.
 */
public record MemberDetails(String personName, @Nullable String email, @Nullable Long accountId,
		long organizationId, String position, StakeholderKind stakeholderKind, @Nullable Long sectionId,
		MemberRole role, @Nullable LocalDate termTo) {
}
