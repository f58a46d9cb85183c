package kg.omb.reports.load;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface LoadNormsRepository extends Repository<LoadNorms, Long> {

	LoadNorms save(LoadNorms norms);

	LoadNorms saveAndFlush(LoadNorms norms);

	Optional<LoadNorms> findByAuthorityIdAndAcademicYear(long authorityId, int academicYear);

	List<LoadNorms> findByAuthorityIdOrderByAcademicYearDesc(long authorityId);

	/** The sets of the bodies valid in an academic year or before it, the latest year first. */
	List<LoadNorms> findByAuthorityIdInAndAcademicYearLessThanEqualOrderByAcademicYearDesc(
			Collection<Long> authorityIds, int academicYear);

}
