package kg.omb.directory.transfer;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of imports under {@code omb.transfer}.
 *
 * @param workers imports that run at the same time on one node
 * @param queue imports that may wait for a worker; past that an upload is refused with "try again later"
 * @param maxRows the most rows a file may have
 */
@ConfigurationProperties("omb.transfer")
public record TransferProperties(@DefaultValue("2") int workers, @DefaultValue("10") int queue,
		@DefaultValue("100000") int maxRows) {
}
