package kg.omb.search;

import java.time.Instant;

/** The address of a public page of content within the portal and when what it shows last changed. */
public record PublicPage(String path, Instant updatedAt) {
}
