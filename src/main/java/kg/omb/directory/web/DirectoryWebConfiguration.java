package kg.omb.directory.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import kg.omb.shared.web.PublicPages;

/** The directory's pages anyone may read: organisations, the classifier and legal acts with their scans (§6). */
@Configuration(proxyBeanMethods = false)
class DirectoryWebConfiguration implements WebMvcConfigurer {

	@Bean
	PublicPages directoryPages() {
		return PublicPages.of("/organizations", "/organizations/*", "/classifier", "/classifier/*", "/acts/*",
				"/acts/*/scan");
	}

}
