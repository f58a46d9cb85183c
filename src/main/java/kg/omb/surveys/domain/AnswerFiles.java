package kg.omb.surveys.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import kg.omb.files.StoredFile;
import kg.omb.files.StoredFiles;
import kg.omb.shared.Actor;
import kg.omb.shared.DomainException;
import kg.omb.surveys.domain.Views.FileView;

/**
 * The files attached to FILE fields of answers, kept by the files module (which checks every upload by its content
 * and size first). A field takes only the kinds of file and the size its designer chose. A file is stored in the
 * caller's transaction: when the answer is refused after all, the transaction rolls back and the bytes go with it.
 * Who may read an answer's file is decided by {@link SurveyService}, not here.
 */
@Component
class AnswerFiles {

	private final StoredFiles files;

	AnswerFiles(StoredFiles files) {
		this.files = files;
	}

	/** Stores the upload for the field, or refuses it with the reason; a refused upload leaves nothing behind. */
	StoredFile store(FormField field, Attachment attachment) {
		if (attachment.size() > field.maxSizeBytes()) {
			throw tooLarge(field, attachment.name());
		}
		StoredFile stored;
		try (InputStream content = attachment.content().open()) {
			stored = files.store(content, attachment.name(), attachment.size(), Actor.current());
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException("The upload for field " + field.code() + " cannot be read", unreadable);
		}
		if (stored.size() > field.maxSizeBytes()) {
			throw tooLarge(field, stored.originalName());
		}
		if (field.fileKindSet().stream().noneMatch(kind -> kind.accepts(stored.mediaType()))) {
			throw new DomainException("surveys.file.kind-not-allowed", stored.originalName(), field.code(),
					field.acceptedExtensions());
		}
		return stored;
	}

	private static DomainException tooLarge(FormField field, String name) {
		return new DomainException("surveys.file.too-large", name, field.code(), field.maxSizeMb());
	}

	/** The files an answer's values name, by the code of their field. */
	Map<String, FileView> views(FormDefinition form, Map<String, String> values) {
		Map<String, FileView> views = new LinkedHashMap<>();
		form.fields()
			.stream()
			.filter(FormField::isFile)
			.forEach(field -> view(values.get(field.code())).ifPresent(view -> views.put(field.code(), view)));
		return views;
	}

	/** The file a FILE field's value names. */
	Optional<FileView> view(@Nullable String value) {
		if (value == null || !value.matches("\\d{1,18}")) {
			return Optional.empty();
		}
		return files.find(Long.parseLong(value))
			.map(file -> new FileView(file.id(), file.originalName(), file.size(), file.mediaType()));
	}

	InputStream open(long fileId) {
		return files.open(fileId);
	}

}
