package kg.omb.association;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The association module's API for other modules. */
public interface Associations {

	Optional<AssociationView> find(long id);

	/** Every association, active or not, by name. */
	List<AssociationView> all();

	/** The association's working groups, open and completed, by deadline. */
	List<WorkingGroupView> workingGroups(long associationId);

	Optional<WorkingGroupView> workingGroup(long workingGroupId);

	/** The working groups, open and completed, in which the account takes part. */
	List<WorkingGroupView> workingGroupsOf(long accountId);

	/** The ids of the associations in which the account is a member (of any role) now. */
	List<Long> membershipsOf(long accountId);

	/** The sections of an association, open and closed, in the order they were formed. */
	List<SectionView> sections(long associationId);

	Optional<SectionView> section(long sectionId);

	/** The members of an association in office today, by name. */
	List<MemberView> members(long associationId);

	/** The participants of a working group, with the organisation each comes from; none for an unknown group. */
	List<MemberView> participants(long workingGroupId);

	/** Who joined and who left the association from one day (inclusive) until another (exclusive), by day. */
	List<MembershipChangeView> membershipChanges(long associationId, LocalDate from, LocalDate until);

}
