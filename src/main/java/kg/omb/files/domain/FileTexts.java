package kg.omb.files.domain;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface FileTexts extends Repository<FileText, Long> {

	FileText save(FileText text);

	Optional<FileText> findById(long fileId);

}
