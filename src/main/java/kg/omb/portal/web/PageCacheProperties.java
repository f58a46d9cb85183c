package kg.omb.portal.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The rendered public pages kept in memory ({@code omb.portal.page-cache.*}). Any committed change on this node
 * drops them all at once; {@code max-age} bounds how long a page may lag behind a change made on another node.
 *
 * @param enabled whether anonymous visitors are served from memory at all
 * @param maxAge how long a rendered page is served before it is rendered again
 * @param maxSize the memory the pages may take together; the least used go first
 */
@ConfigurationProperties("omb.portal.page-cache")
public record PageCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("60s") Duration maxAge,
		@DefaultValue("64MB") DataSize maxSize) {
}
