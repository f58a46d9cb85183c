package kg.omb.surveys.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

import kg.omb.shared.LocalizedText;

/**
 * A field of a request: its code (unique in the template), kind, label, whether it must be filled, the range of a
 * number, the choices of a choice (separated by {@code |}), and for a file the kinds of file it accepts (names of
 * {@link FileKind} separated by {@code |}; all of them when none are given) and its largest size in megabytes
 * ({@value #DEFAULT_MAX_SIZE_MB} when none is given).
 */
@Embeddable
public record FormField(@Column(nullable = false) String code, @Enumerated(EnumType.STRING) FieldKind kind,
		@Column(name = "label_ky") @Nullable String labelKy, @Column(name = "label_ru") @Nullable String labelRu,
		@Column(name = "label_en") @Nullable String labelEn, boolean required, @Nullable Long minimum,
		@Nullable Long maximum, @Nullable String choices, @Column(name = "file_kinds") @Nullable String fileKinds,
		@Column(name = "max_size_mb") @Nullable Integer maxSizeMb) {

	/** The size of a file a FILE field takes when its designer gives none. */
	public static final int DEFAULT_MAX_SIZE_MB = 10;

	/** The largest size a designer may allow; the files module's own limit applies too. */
	public static final int LIMIT_MAX_SIZE_MB = 50;

	public FormField {
		if (kind == FieldKind.FILE) {
			minimum = null;
			maximum = null;
			choices = null;
			fileKinds = fileKinds == null || fileKinds.isBlank() ? FileKind.format(EnumSet.allOf(FileKind.class))
					: fileKinds;
			maxSizeMb = maxSizeMb == null ? DEFAULT_MAX_SIZE_MB : maxSizeMb;
		}
		else {
			fileKinds = null;
			maxSizeMb = null;
		}
	}

	/** A field that is not a file. */
	public FormField(String code, FieldKind kind, @Nullable String labelKy, @Nullable String labelRu,
			@Nullable String labelEn, boolean required, @Nullable Long minimum, @Nullable Long maximum,
			@Nullable String choices) {
		this(code, kind, labelKy, labelRu, labelEn, required, minimum, maximum, choices, null, null);
	}

	/** A FILE field. */
	public static FormField file(String code, @Nullable String labelKy, @Nullable String labelRu,
			@Nullable String labelEn, boolean required, Set<FileKind> kinds, @Nullable Integer maxSizeMb) {
		return new FormField(code, FieldKind.FILE, labelKy, labelRu, labelEn, required, null, null, null,
				FileKind.format(kinds), maxSizeMb);
	}

	public LocalizedText label() {
		return new LocalizedText(labelKy, labelRu, labelEn);
	}

	public List<String> choiceList() {
		return choices == null ? List.of()
				: Arrays.stream(choices.split("\\|")).map(String::strip).filter(choice -> !choice.isEmpty()).toList();
	}

	/** The kinds of file the field accepts; empty unless it is a FILE field. */
	public Set<FileKind> fileKindSet() {
		return fileKinds == null ? Set.of() : FileKind.parse(fileKinds);
	}

	/** The extensions the browser's file chooser offers, for the kinds the field accepts. */
	public String acceptedExtensions() {
		return String.join(",", fileKindSet().stream().sorted().map(FileKind::extensions).toList());
	}

	public boolean isFile() {
		return kind == FieldKind.FILE;
	}

	public long maxSizeBytes() {
		return (maxSizeMb == null ? DEFAULT_MAX_SIZE_MB : maxSizeMb) * 1024L * 1024L;
	}

}
