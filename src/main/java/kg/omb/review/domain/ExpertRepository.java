package kg.omb.review.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ExpertRepository extends JpaRepository<Expert, Long> {

	Optional<Expert> findByAccountId(long accountId);

	@EntityGraph(attributePaths = { "organizationIds", "specialtyCodes", "languages" })
	List<Expert> findByStatusOrderByPersonNameAsc(ExpertStatus status);

	@EntityGraph(attributePaths = { "organizationIds", "specialtyCodes", "languages" })
	List<Expert> findByStatusInOrderByPersonNameAsc(Collection<ExpertStatus> statuses);

	@Query(nativeQuery = true, value = "select e.id, e.account_id, e.person_name, e.degree, e.title,"
			+ " e.experience_years, e.background, e.version from review_expert e where e.status = :status"
			+ " order by e.person_name, e.id")
	List<Object[]> rows(String status);

	@Query(nativeQuery = true, value = "select o.expert_id, o.organization_id from review_expert_organization o"
			+ " join review_expert e on e.id = o.expert_id where e.status = :status")
	List<Object[]> organizationRows(String status);

	@Query(nativeQuery = true, value = "select s.expert_id, s.code from review_expert_specialty s"
			+ " join review_expert e on e.id = s.expert_id where e.status = :status")
	List<Object[]> specialtyRows(String status);

	@Query(nativeQuery = true, value = "select l.expert_id, l.language from review_expert_language l"
			+ " join review_expert e on e.id = l.expert_id where e.status = :status")
	List<Object[]> languageRows(String status);

	/**
	 * The experts of one standing with their loads, by name, read as plain rows in four queries (no entities), which
	 * is what keeps ranking a pool of thousands quick.
	 */
	default List<ExpertView> views(ExpertStatus status, Map<Long, Long> loads) {
		Map<Long, Set<Long>> organizations = grouped(organizationRows(status.name()), value -> ((Number) value).longValue());
		Map<Long, Set<String>> specialties = grouped(specialtyRows(status.name()), String::valueOf);
		Map<Long, Set<String>> languages = grouped(languageRows(status.name()), String::valueOf);
		return rows(status.name()).stream().map(row -> {
			long id = ((Number) row[0]).longValue();
			return new ExpertView(id, ((Number) row[1]).longValue(), (String) row[2], (String) row[3], (String) row[4],
					organizations.getOrDefault(id, Set.of()), specialties.getOrDefault(id, Set.of()),
					languages.getOrDefault(id, Set.of()), ((Number) row[5]).intValue(), (String) row[6], status,
					loads.getOrDefault(id, 0L), ((Number) row[7]).longValue());
		}).toList();
	}

	private static <T> Map<Long, Set<T>> grouped(List<Object[]> rows, java.util.function.Function<Object, T> value) {
		Map<Long, Set<T>> grouped = new HashMap<>();
		for (Object[] row : rows) {
			grouped.computeIfAbsent(((Number) row[0]).longValue(), id -> new HashSet<>()).add(value.apply(row[1]));
		}
		return grouped;
	}

	/** Active reviews per expert: invitations not yet answered and accepted reviews not yet submitted. */
	@Query("select a.expertId, count(a) from ReviewAssignment a where a.status in :statuses group by a.expertId")
	List<Object[]> loads(Collection<AssignmentStatus> statuses);

	default List<Object[]> activeLoads() {
		return loads(AssignmentStatus.ACTIVE);
	}

}
