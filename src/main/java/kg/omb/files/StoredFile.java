package kg.omb.files;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An uploaded file as other modules see it: its name as uploaded, its size in bytes, the media type detected from
 * its content, the SHA-256 of its content, who uploaded it (the account, if the uploader had one, and a name) and
 * when.
 */
public record StoredFile(long id, String originalName, long size, String mediaType, String sha256,
		@Nullable Long uploadedBy, String uploadedByName, Instant uploadedAt) {
}
