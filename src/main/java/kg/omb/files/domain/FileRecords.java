package kg.omb.files.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface FileRecords extends Repository<FileRecord, Long> {

	FileRecord save(FileRecord record);

	Optional<FileRecord> findById(long id);

	List<FileRecord> findByUploadedByOrderByUploadedAtDescIdDesc(long uploadedBy);

	boolean existsBySha256(String sha256);

	long count();

}
