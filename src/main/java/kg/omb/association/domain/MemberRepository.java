package kg.omb.association.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface MemberRepository extends Repository<Member, Long> {

	Member save(Member member);

	Optional<Member> findById(long id);

	List<Member> findByAssociationIdOrderByPersonNameAsc(long associationId);

	List<Member> findByAssociationIdInOrderByPersonNameAsc(Collection<Long> associationIds);

	List<Member> findByAccountId(long accountId);

	List<Member> findByOrganizationIdOrderByPersonNameAsc(long organizationId);

}
