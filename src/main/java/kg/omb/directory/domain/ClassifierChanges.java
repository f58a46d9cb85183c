package kg.omb.directory.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The history of the classifier's entries. */
interface ClassifierChanges extends JpaRepository<ClassifierChange, Long> {

	List<ClassifierChange> findByEntryIdOrderByChangedAtAscIdAsc(long entryId);

	List<ClassifierChange> findByLegalActIdOrderByChangedAtAscIdAsc(long legalActId);

}
