package kg.omb.files.domain;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the files module under {@code omb.files}. The directory ({@code omb.files.directory}, default
 * {@code ${omb.data-dir}/files}) and the size limit ({@code omb.files.max-size}, default the multipart limit
 * {@code spring.servlet.multipart.max-file-size}, itself {@code OMB_UPLOAD_MAX_SIZE} or 50 MB) are read by
 * {@link FilesConfiguration}, because their defaults follow other settings.
 *
 * @param store which file store keeps the bytes: {@code local} (the default)
 * @param allowedTypes media types accepted, as detected from the content
 * @param zip limits for ZIP-based documents (DOCX, XLSX, ODT, ODS)
 * @param text limits of text extraction
 */
@ConfigurationProperties("omb.files")
public record FilesProperties(@DefaultValue("local") String store,
		@DefaultValue({ MediaTypes.PDF, MediaTypes.DOCX, MediaTypes.DOC, MediaTypes.ODT, MediaTypes.XLSX,
				MediaTypes.XLS, MediaTypes.ODS, MediaTypes.PNG, MediaTypes.JPEG,
				MediaTypes.TEXT }) List<String> allowedTypes,
		@DefaultValue Zip zip, @DefaultValue Text text) {

	/**
	 * @param maxEntries most entries a ZIP-based document may have
	 * @param maxUncompressedSize most bytes all its entries may inflate to
	 * @param maxCompressionRatio most times the inflated bytes may exceed the file's size, once they pass
	 * {@code ratioCheckedAbove}
	 * @param ratioCheckedAbove inflated size below which the ratio is not checked (small XML compresses very well)
	 */
	public record Zip(@DefaultValue("10000") int maxEntries, @DefaultValue("200MB") DataSize maxUncompressedSize,
			@DefaultValue("100") int maxCompressionRatio, @DefaultValue("1MB") DataSize ratioCheckedAbove) {
	}

	/**
	 * @param maxCharacters the extracted text is cut at this many characters
	 * @param timeout extraction that takes longer is abandoned; the file is kept without text
	 */
	public record Text(@DefaultValue("1000000") int maxCharacters, @DefaultValue("60s") Duration timeout) {
	}

}
