package kg.omb.association.domain;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import kg.omb.directory.LegalActView;
import kg.omb.directory.OrganizationView;
import kg.omb.shared.LocalizedText;

/** A membership proposal as the chair, the secretary and the proposing organisation's head see it (§16). */
public record ProposalLine(long id, long version, long associationId, LocalizedText associationName,
		ProposalKind kind, ProposalStatus status, String personName, @Nullable String email,
		@Nullable OrganizationView organization, @Nullable String position, @Nullable StakeholderKind stakeholderKind,
		@Nullable LocalizedText sectionName, @Nullable MemberRole role, @Nullable LocalDate termTo,
		@Nullable String justification, String proposedByName, @Nullable Instant decidedAt,
		@Nullable String rejectionReason, @Nullable LegalActView act) {
}
