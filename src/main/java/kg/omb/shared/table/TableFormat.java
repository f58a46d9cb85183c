package kg.omb.shared.table;

import java.util.Locale;
import java.util.Optional;

/**
 * The two forms a table travels in: CSV (UTF-8 text) and XLSX (Office Open XML workbook). An upload's form is told
 * by its content, never by its name.
 */
public enum TableFormat {

	CSV("csv", "text/csv;charset=UTF-8"),

	XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private static final String TEXT = "text/plain";

	private final String extension;

	private final String contentType;

	TableFormat(String extension, String contentType) {
		this.extension = extension;
		this.contentType = contentType;
	}

	public String extension() {
		return extension;
	}

	/** The content type of a download in this form. */
	public String contentType() {
		return contentType;
	}

	/** The form of a file whose content was detected as this media type, if it is one of the two. */
	public static Optional<TableFormat> ofMediaType(String mediaType) {
		String type = mediaType.toLowerCase(Locale.ROOT);
		if (type.equals(TEXT) || type.equals("text/csv")) {
			return Optional.of(CSV);
		}
		if (type.equals(XLSX.contentType)) {
			return Optional.of(XLSX);
		}
		return Optional.empty();
	}

	/** The form named by a file extension in an address ({@code csv}, {@code xlsx}), if it is one of the two. */
	public static Optional<TableFormat> ofExtension(String extension) {
		for (TableFormat format : values()) {
			if (format.extension.equalsIgnoreCase(extension)) {
				return Optional.of(format);
			}
		}
		return Optional.empty();
	}

}
