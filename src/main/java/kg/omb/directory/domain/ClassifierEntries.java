package kg.omb.directory.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import kg.omb.directory.ClassifierKind;

/** The entries of the classifier. */
interface ClassifierEntries extends JpaRepository<ClassifierEntry, Long> {

	Optional<ClassifierEntry> findByCode(String code);

	boolean existsByCode(String code);

	List<ClassifierEntry> findByCodeIn(Collection<String> codes);

	List<ClassifierEntry> findByKindOrderByCodeAsc(ClassifierKind kind);

	List<ClassifierEntry> findAllByOrderByCodeAsc();

	List<ClassifierEntry> findByParentCodeOrderByCodeAsc(String parentCode);

	List<ClassifierEntry> findByRetiredByActIdOrderByCodeAsc(long legalActId);

}
