package kg.omb.documents;

import org.jspecify.annotations.Nullable;

/**
 * What the public registry is narrowed by; every part is optional. {@code levelCode} and {@code specialtyCode} are
 * codes of the directory's classifier; {@code status} is one of the registry's statuses (in force, superseded,
 * repealed), any other status lists nothing; {@code year} is the year the document entered into force (Bishkek).
 */
public record DocumentFilter(@Nullable DocumentKind kind, @Nullable String levelCode, @Nullable String specialtyCode,
		@Nullable Long associationId, @Nullable DocumentStatus status, @Nullable Integer year) {

	public static final DocumentFilter NONE = new DocumentFilter(null, null, null, null, null, null);

}
