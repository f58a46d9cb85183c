package kg.omb.surveys.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A kind of file a FILE field accepts, by the media types the files module detects from the content (never from
 * the name the person gave the file).
 */
public enum FileKind {

	PDF(List.of("application/pdf"), ".pdf"),

	WORD(List.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/msword",
			"application/vnd.oasis.opendocument.text"), ".docx,.doc,.odt"),

	SPREADSHEET(List.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
			"application/vnd.ms-excel", "application/vnd.oasis.opendocument.spreadsheet"), ".xlsx,.xls,.ods"),

	IMAGE(List.of("image/png", "image/jpeg"), ".png,.jpg,.jpeg");

	private final List<String> mediaTypes;

	private final String extensions;

	FileKind(List<String> mediaTypes, String extensions) {
		this.mediaTypes = mediaTypes;
		this.extensions = extensions;
	}

	public boolean accepts(String mediaType) {
		return mediaTypes.contains(mediaType);
	}

	/** The extensions a browser's file chooser offers for the kind (a hint only: the content decides). */
	public String extensions() {
		return extensions;
	}

	/** The kinds written as the template keeps them, {@code PDF|WORD}; unknown names are left out. */
	public static Set<FileKind> parse(String text) {
		Set<FileKind> kinds = EnumSet.noneOf(FileKind.class);
		Arrays.stream(text.split("\\|")).map(String::strip).forEach(name -> Arrays.stream(values())
			.filter(kind -> kind.name().equals(name))
			.forEach(kinds::add));
		return kinds;
	}

	public static String format(Set<FileKind> kinds) {
		return kinds.stream().sorted().map(FileKind::name).collect(Collectors.joining("|"));
	}

}
