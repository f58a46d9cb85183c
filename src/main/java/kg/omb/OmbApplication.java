package kg.omb;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

import kg.omb.audit.AuditVerifyCommand;

/**
 * The OMB Platform: educational-methodological associations of the Kyrgyz Republic, their structure, their work and
 * the single information portal that publishes it. Started with {@code --audit-verify}, it only verifies the audit
 * chain and exits (see {@link AuditVerifyCommand}).
 */
@Modulithic(sharedModules = "shared")
@SpringBootApplication
@ConfigurationPropertiesScan
public class OmbApplication {

	public static void main(String[] args) {
		if (AuditVerifyCommand.requested(args)) {
			System.exit(AuditVerifyCommand.run(System.out, args));
		}
		SpringApplication.run(OmbApplication.class, args);
	}

}
