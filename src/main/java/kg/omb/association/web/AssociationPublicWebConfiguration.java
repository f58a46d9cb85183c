package kg.omb.association.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import kg.omb.shared.web.PublicPages;

/**
 * The OMB directory, each OMB's page with its bylaws, the consultative councils and their read-only API are public
 * (§10.7: the OMB directory and membership are published); anyone may read them without signing in.
 */
@Configuration(proxyBeanMethods = false)
class AssociationPublicWebConfiguration implements WebMvcConfigurer {

	@Bean
	PublicPages associationPublicPages() {
		return PublicPages.of("/associations", "/associations/*", "/associations/*/bylaws/*", "/councils/*",
				"/api/v1/associations", "/api/v1/associations/*", "/api/v1/councils/*");
	}

}
