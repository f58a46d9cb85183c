package kg.omb.association.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import kg.omb.association.domain.MemberDetails;
import kg.omb.association.domain.MemberRole;
import kg.omb.association.domain.StakeholderKind;

/**
 * The head of an education organisation proposes one of its staff as a member (§16): the person, their e-mail
 * (which links their account, if they have one), position, whom they stand for, section, role, term and why.
 */
record ProposalForm(@NotNull(message = "{association.manage.form.organization.required}") @Nullable Long organizationId,
		@NotBlank(message = "{association.manage.form.person-name.required}") @Size(max = 200,
				message = "{association.manage.form.too-long}") @Nullable String personName,
		@Email(message = "{association.manage.form.email.invalid}") @Size(max = 320,
				message = "{association.manage.form.too-long}") @Nullable String email,
		@NotBlank(message = "{association.manage.form.position.required}") @Size(max = 300,
				message = "{association.manage.form.too-long}") @Nullable String position,
		@NotNull(message = "{association.manage.form.stakeholder.required}") @Nullable StakeholderKind stakeholderKind,
		@Nullable Long sectionId,
		@NotNull(message = "{association.manage.form.role.required}") @Nullable MemberRole role,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate termTo,
		@Size(max = 2000, message = "{association.manage.form.too-long}") @Nullable String justification) {

	static ProposalForm empty() {
		return new ProposalForm(null, null, null, null, StakeholderKind.ACADEMIC_STAFF, null, MemberRole.MEMBER, null,
				null);
	}

	MemberDetails toDetails() {
		return new MemberDetails(personName, email, null, organizationId, position, stakeholderKind, sectionId, role,
				termTo);
	}

}
