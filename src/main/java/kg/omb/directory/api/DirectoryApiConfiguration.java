package kg.omb.directory.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import kg.omb.shared.web.PublicPages;

/** The directory's API is open data: anyone may read it. */
@Configuration(proxyBeanMethods = false)
class DirectoryApiConfiguration implements WebMvcConfigurer {

	@Bean
	PublicPages directoryApi() {
		return PublicPages.of("/api/v1/organizations", "/api/v1/organizations/*", "/api/v1/classifier",
				"/api/v1/classifier/*", "/api/v1/authorities", "/api/v1/acts/*");
	}

}
