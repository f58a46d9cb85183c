package kg.omb.audit.domain;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The whole application context of {@code --audit-verify}: the configured data source and the verifier, nothing
 * else. Deliberately not a component, so that the application itself never picks it up.
 */
@ImportAutoConfiguration(DataSourceAutoConfiguration.class)
@Import({ AuditRecords.class, ChainVerifier.class })
public class StandaloneVerification {

}
