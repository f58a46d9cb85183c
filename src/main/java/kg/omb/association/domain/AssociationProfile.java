package kg.omb.association.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import kg.omb.association.AssociationStatus;
import kg.omb.directory.AuthorityView;
import kg.omb.directory.ClassifierEntryView;
import kg.omb.directory.EducationLevelView;
import kg.omb.directory.LegalActView;
import kg.omb.directory.OrganizationView;
import kg.omb.shared.LocalizedText;

/**
 * Everything the public page of an association shows (§10.7: the OMB directory and membership are published),
 * with the names of organisations, classifier entries and acts already looked up.
 */
public record AssociationProfile(long id, long version, LocalizedText name, AssociationStatus status,
		boolean specialStatus, @Nullable AuthorityView authority, OrganizationView baseOrganization,
		List<ClassifierEntryView> groups, LocalDate establishedOn, @Nullable LegalActView establishingAct,
		@Nullable LocalDate statusChangedOn, @Nullable LegalActView statusAct, @Nullable Long successorId,
		Contacts contacts, @Nullable Chair chair, List<Chair> formerChairs, List<BaseTerm> baseTerms,
		List<SectionProfile> sections, List<MemberProfile> members, List<BylawsVersion> bylaws,
		List<WorkingGroupProfile> workingGroups, List<HistoryLine> history) {

	public long employerRepresentatives() {
		return members.stream().filter(m -> m.stakeholderKind() == StakeholderKind.EMPLOYER_REPRESENTATIVE).count();
	}

	public record Chair(long accountId, String personName, String position, LocalDate from, @Nullable LocalDate to,
			@Nullable LegalActView act) {
	}

	public record BaseTerm(OrganizationView organization, LocalDate from, @Nullable LocalDate to,
			@Nullable LegalActView act) {
	}

	public record SectionProfile(long id, long version, LocalizedText name, List<ClassifierEntryView> entries,
			@Nullable OrganizationView leadingOrganization, @Nullable Head head,
			@Nullable OrganizationView centre, List<SubsectionProfile> subsections, boolean open,
			@Nullable LegalActView act) {
	}

	public record SubsectionProfile(EducationLevelView level, LocalizedText name, @Nullable Head head) {
	}

	public record MemberProfile(long id, long version, String personName, @Nullable OrganizationView organization,
			String position, StakeholderKind stakeholderKind, MemberRole role, @Nullable LocalizedText sectionName,
			LocalDate termFrom, @Nullable LocalDate termTo, @Nullable LegalActView act, boolean current) {
	}

	public record WorkingGroupProfile(long id, long version, LocalizedText name, String task, LocalDate deadline,
			@Nullable LocalDate completedOn, boolean overdue, List<Participant> participants) {
	}

	public record Participant(String personName, @Nullable OrganizationView organization, @Nullable String role) {
	}

	public record HistoryLine(ChangeKind kind, LocalizedText subject, LocalDate effectiveOn,
			@Nullable LegalActView act) {

		public String messageKey() {
			return kind.messageKey();
		}

	}

	/** Lookups shared by the parts of a profile. */
	record Lookups(Map<Long, OrganizationView> organizations, Map<String, ClassifierEntryView> entries,
			Map<String, EducationLevelView> levels, Map<Long, LegalActView> acts) {
	}

}
