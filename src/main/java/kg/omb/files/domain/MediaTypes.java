package kg.omb.files.domain;

import java.util.Set;

/** The media types the platform accepts by default, as Apache Tika names them. */
public final class MediaTypes {

	public static final String PDF = "application/pdf";

	public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	public static final String DOC = "application/msword";

	public static final String ODT = "application/vnd.oasis.opendocument.text";

	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	public static final String XLS = "application/vnd.ms-excel";

	public static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";

	public static final String PNG = "image/png";

	public static final String JPEG = "image/jpeg";

	public static final String TEXT = "text/plain";

	/** Formats that are ZIP containers inside, and so are checked for zip bombs. */
	static final Set<String> ZIP_BASED = Set.of(DOCX, XLSX, ODT, ODS, "application/zip");

	private MediaTypes() {
	}

}
