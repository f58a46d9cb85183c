package kg.omb.documents.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import kg.omb.shared.web.PublicPages;

/**
 * The registry of documents, each published document's page with its disposition table and the list of discussions
 * are public (§10.7): anyone reads them without signing in. Taking part in a discussion needs a signed-in person.
 */
@Configuration(proxyBeanMethods = false)
class DocumentsPublicWebConfiguration implements WebMvcConfigurer {

	@Bean
	PublicPages documentsPublicPages() {
		return PublicPages.of("/documents", "/documents/*", "/documents/*/dispositions.pdf",
				"/documents/*/dispositions.xlsx", "/documents/*/dispositions.csv", "/discussions");
	}

}
