package kg.omb.review.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import kg.omb.shared.BaseEntity;
import kg.omb.shared.DomainException;

/**
 * An expert of the pool (§11.2): a person with an account, from any education organisation or professional
 * association, with the specialties they are competent in and the languages they review in. Only an approved
 * expert is invited to review.
 */
@Entity
@Table(name = "review_expert")
public class Expert extends BaseEntity {

	@Column(name = "account_id", nullable = false, updatable = false)
	private long accountId;

	@Column(name = "person_name", nullable = false)
	private String personName;

	private @Nullable String degree;

	private @Nullable String title;

	@Column(name = "experience_years", nullable = false)
	private int experienceYears;

	private @Nullable String background;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ExpertStatus status;

	@Column(name = "invited_by")
	private @Nullable Long invitedBy;

	@Column(name = "decided_by")
	private @Nullable Long decidedBy;

	@Column(name = "decided_at")
	private @Nullable Instant decidedAt;

	@ElementCollection
	@CollectionTable(name = "review_expert_organization", joinColumns = @JoinColumn(name = "expert_id"))
	@Column(name = "organization_id", nullable = false)
	private Set<Long> organizationIds = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "review_expert_specialty", joinColumns = @JoinColumn(name = "expert_id"))
	@Column(name = "code", nullable = false)
	private Set<String> specialtyCodes = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "review_expert_language", joinColumns = @JoinColumn(name = "expert_id"))
	@Column(name = "language", nullable = false)
	private Set<String> languages = new LinkedHashSet<>();

	protected Expert() {
		this.personName = "";
		this.status = ExpertStatus.APPLIED;
	}

	/** A person applies to the pool themselves, or a chair or secretary invites them ({@code invitedBy}). */
	public Expert(long accountId, ExpertProfile profile, @Nullable Long invitedBy) {
		this.accountId = accountId;
		this.personName = profile.personName().strip();
		this.invitedBy = invitedBy;
		this.status = invitedBy == null ? ExpertStatus.APPLIED : ExpertStatus.INVITED;
		describe(profile);
	}

	/** Changes the profile; the standing in the pool stays. */
	public void describe(ExpertProfile profile) {
		if (profile.organizationIds().isEmpty()) {
			throw new DomainException("review.error.organization-required");
		}
		if (profile.specialtyCodes().isEmpty()) {
			throw new DomainException("review.error.specialty-required");
		}
		if (profile.languages().isEmpty()) {
			throw new DomainException("review.error.language-required");
		}
		this.personName = profile.personName().strip();
		this.degree = blankToNull(profile.degree());
		this.title = blankToNull(profile.title());
		this.experienceYears = profile.experienceYears();
		this.background = blankToNull(profile.background());
		replace(organizationIds, profile.organizationIds());
		replace(specialtyCodes, profile.specialtyCodes());
		replace(languages, profile.languages());
	}

	/** The OMB approves the application or invitation: from now on the expert may be asked to review. */
	public void approve(long by, Instant at) {
		if (!status.awaitsDecision()) {
			throw new DomainException("review.error.expert-not-awaiting", status);
		}
		status = ExpertStatus.APPROVED;
		decidedBy = by;
		decidedAt = at;
	}

	/** The OMB declines the application, or takes an approved expert out of the pool. */
	public void decline(long by, Instant at) {
		if (status == ExpertStatus.DECLINED) {
			throw new DomainException("review.error.expert-not-awaiting", status);
		}
		status = ExpertStatus.DECLINED;
		decidedBy = by;
		decidedAt = at;
	}

	public void requireApproved() {
		if (status != ExpertStatus.APPROVED) {
			throw new DomainException("review.error.expert-not-approved");
		}
	}

	private static <T> void replace(Set<T> target, Collection<T> values) {
		target.clear();
		target.addAll(values);
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	public long getAccountId() {
		return accountId;
	}

	public String getPersonName() {
		return personName;
	}

	public @Nullable String getDegree() {
		return degree;
	}

	public @Nullable String getTitle() {
		return title;
	}

	public int getExperienceYears() {
		return experienceYears;
	}

	public @Nullable String getBackground() {
		return background;
	}

	public ExpertStatus getStatus() {
		return status;
	}

	public @Nullable Long getInvitedBy() {
		return invitedBy;
	}

	public Set<Long> getOrganizationIds() {
		return Collections.unmodifiableSet(organizationIds);
	}

	public Set<String> getSpecialtyCodes() {
		return Collections.unmodifiableSet(specialtyCodes);
	}

	public Set<String> getLanguages() {
		return Collections.unmodifiableSet(languages);
	}

}
