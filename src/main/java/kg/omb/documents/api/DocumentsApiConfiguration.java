package kg.omb.documents.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import kg.omb.shared.web.PublicPages;

/** The documents' API is open data: anyone may read it without signing in. */
@Configuration(proxyBeanMethods = false)
class DocumentsApiConfiguration implements WebMvcConfigurer {

	@Bean
	PublicPages documentsApi() {
		return PublicPages.of("/api/v1/documents", "/api/v1/discussions", "/api/v1/documents/*", "/api/v1/documents/*/versions",
				"/api/v1/documents/*/versions/*/clauses", "/api/v1/documents/*/compare", "/api/v1/documents/*/comments",
				"/api/v1/documents/*/dispositions");
	}

}
