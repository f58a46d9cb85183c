package kg.omb.association.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import kg.omb.association.domain.Commands;
import kg.omb.association.domain.StructureService;
import kg.omb.files.StoredFile;
import kg.omb.files.StoredFiles;
import kg.omb.shared.Actor;

/**
 * Stores the signed copy of the bylaws and records the version in one transaction, so that a version refused (no
 * right, a wrong act) leaves no file behind and a file refused (type, size) leaves no version.
 */
@Component
class BylawsAdoption {

	private final StoredFiles files;

	private final StructureService structure;

	BylawsAdoption(StoredFiles files, StructureService structure) {
		this.files = files;
		this.structure = structure;
	}

	@Transactional
	long adopt(long associationId, BylawsForm form, @Nullable MultipartFile upload) {
		Long fileId = upload == null || upload.isEmpty() ? null : store(upload).id();
		return structure.adoptBylaws(associationId, new Commands.NewBylaws(String.valueOf(form.summary()),
				String.valueOf(form.content()), fileId, java.util.Objects.requireNonNull(form.actId())));
	}

	private StoredFile store(MultipartFile upload) {
		try (InputStream content = upload.getInputStream()) {
			String name = upload.getOriginalFilename();
			return files.store(content, name == null || name.isBlank() ? "bylaws" : name, upload.getSize(),
					Actor.current());
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}

}
