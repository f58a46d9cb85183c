package kg.omb.directory.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The levels of training. */
interface EducationLevels extends JpaRepository<EducationLevel, Long> {

	List<EducationLevel> findAllByOrderByPositionAscCodeAsc();

	Optional<EducationLevel> findByCode(String code);

	boolean existsByCode(String code);

}
