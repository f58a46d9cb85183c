package kg.omb.association.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface ProposalRepository extends Repository<MembershipProposal, Long> {

	MembershipProposal save(MembershipProposal proposal);

	Optional<MembershipProposal> findById(long id);

	List<MembershipProposal> findByAssociationIdOrderByIdDesc(long associationId);

	List<MembershipProposal> findByOrganizationIdInOrderByIdDesc(Collection<Long> organizationIds);

	boolean existsByAssociationIdAndMemberIdAndStatusIn(long associationId, long memberId,
			Collection<ProposalStatus> statuses);

}
