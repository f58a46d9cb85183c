package kg.omb;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * The OMB Platform: educational-methodological associations of the Kyrgyz Republic, their structure, their work and
 * the single information portal that publishes it.
 */
@Modulithic(sharedModules = "shared")
@SpringBootApplication
@ConfigurationPropertiesScan
public class OmbApplication {

	public static void main(String[] args) {
		SpringApplication.run(OmbApplication.class, args);
	}

}
