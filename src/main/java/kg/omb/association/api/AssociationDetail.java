package kg.omb.association.api;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import kg.omb.association.AssociationStatus;
import kg.omb.association.domain.AssociationProfile;
import kg.omb.association.domain.BylawsVersion;
import kg.omb.association.domain.Contacts;
import kg.omb.association.domain.Head;
import kg.omb.association.domain.MemberRole;
import kg.omb.association.domain.StakeholderKind;
import kg.omb.shared.web.Names;

/**
 * The structure of one OMB, as {@code GET /api/v1/associations/{id}} gives it: what the public page shows, with
 * ids for the organisations and acts so that a client can follow them. No account ids or e-mail addresses.
 */
record AssociationDetail(long id, Names name, AssociationStatus status, boolean specialStatus,
		Refs.@Nullable AuthorityRef authority, Refs.@Nullable OrganizationRef baseOrganization, LocalDate establishedOn,
		@Nullable Long establishingActId, @Nullable LocalDate statusChangedOn, @Nullable Long statusActId,
		@Nullable Long successorId, @Nullable ChairEntry chair, List<ChairEntry> formerChairs,
		List<BaseEntry> baseOrganizations, List<Refs.ClassifierRef> groups, List<SectionEntry> sections,
		List<MemberEntry> members, long employerRepresentatives, List<BylawsEntry> bylaws, ContactsEntry contacts,
		List<ChangeEntry> history) {

	static AssociationDetail of(AssociationProfile profile) {
		return new AssociationDetail(profile.id(), Names.of(profile.name()), profile.status(), profile.specialStatus(),
				Refs.AuthorityRef.of(profile.authority()), Refs.OrganizationRef.of(profile.baseOrganization()),
				profile.establishedOn(), Refs.actId(profile.establishingAct()), profile.statusChangedOn(),
				Refs.actId(profile.statusAct()), profile.successorId(),
				profile.chair() == null ? null : ChairEntry.of(profile.chair()),
				profile.formerChairs().stream().map(ChairEntry::of).toList(),
				profile.baseTerms().stream().map(BaseEntry::of).toList(),
				profile.groups().stream().map(Refs.ClassifierRef::of).toList(),
				profile.sections().stream().map(SectionEntry::of).toList(),
				profile.members().stream().map(MemberEntry::of).toList(), profile.employerRepresentatives(),
				profile.bylaws().stream().map(BylawsEntry::of).toList(), ContactsEntry.of(profile.contacts()),
				profile.history().stream().map(ChangeEntry::of).toList());
	}

	record ChairEntry(String name, String position, LocalDate from, @Nullable LocalDate to, @Nullable Long actId) {

		static ChairEntry of(AssociationProfile.Chair chair) {
			return new ChairEntry(chair.personName(), chair.position(), chair.from(), chair.to(), Refs.actId(chair.act()));
		}

	}

	record BaseEntry(Refs.@Nullable OrganizationRef organization, LocalDate from, @Nullable LocalDate to,
			@Nullable Long actId) {

		static BaseEntry of(AssociationProfile.BaseTerm term) {
			return new BaseEntry(Refs.OrganizationRef.of(term.organization()), term.from(), term.to(),
					Refs.actId(term.act()));
		}

	}

	record SectionEntry(long id, Names name, boolean open, List<Refs.ClassifierRef> directions,
			Refs.@Nullable OrganizationRef leadingOrganization, @Nullable String head,
			Refs.@Nullable OrganizationRef scientificMethodologicalCentre, List<SubsectionEntry> subsections,
			@Nullable Long actId) {

		static SectionEntry of(AssociationProfile.SectionProfile section) {
			return new SectionEntry(section.id(), Names.of(section.name()), section.open(),
					section.entries().stream().map(Refs.ClassifierRef::of).toList(),
					Refs.OrganizationRef.of(section.leadingOrganization()), headName(section.head()),
					Refs.OrganizationRef.of(section.centre()),
					section.subsections()
						.stream()
						.map(subsection -> new SubsectionEntry(subsection.level().code(),
								Names.of(subsection.level().name()), Names.of(subsection.name()),
								headName(subsection.head())))
						.toList(),
					Refs.actId(section.act()));
		}

	}

	record SubsectionEntry(String levelCode, Names level, Names name, @Nullable String head) {
	}

	record MemberEntry(String name, Refs.@Nullable OrganizationRef organization, String position, MemberRole role,
			StakeholderKind stakeholderKind, @Nullable Names section, LocalDate from, @Nullable LocalDate to,
			@Nullable Long actId, boolean current) {

		static MemberEntry of(AssociationProfile.MemberProfile member) {
			return new MemberEntry(member.personName(), Refs.OrganizationRef.of(member.organization()),
					member.position(), member.role(), member.stakeholderKind(), Names.ofNullable(member.sectionName()),
					member.termFrom(), member.termTo(), Refs.actId(member.act()), member.current());
		}

	}

	record BylawsEntry(int number, LocalDate adoptedOn, long actId, String summary, String textUrl) {

		static BylawsEntry of(BylawsVersion version) {
			return new BylawsEntry(version.getNumber(), version.getAdoptedOn(), version.getActId(),
					version.getSummary(),
					"/associations/" + version.getAssociationId() + "/bylaws/" + version.getNumber());
		}

	}

	record ContactsEntry(@Nullable String email, @Nullable String phone, @Nullable String address) {

		static ContactsEntry of(Contacts contacts) {
			return new ContactsEntry(contacts.email(), contacts.phone(), contacts.address());
		}

	}

	record ChangeEntry(String change, Names subject, LocalDate effectiveOn, @Nullable Long actId) {

		static ChangeEntry of(AssociationProfile.HistoryLine line) {
			return new ChangeEntry(line.kind().name(), Names.of(line.subject()), line.effectiveOn(),
					Refs.actId(line.act()));
		}

	}

	private static @Nullable String headName(@Nullable Head head) {
		return head == null ? null : head.name();
	}

}
