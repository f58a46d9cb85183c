package kg.omb.search.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import kg.omb.shared.web.PublicPages;

/** The portal's search is open to everyone: it only ever finds public content. */
@Configuration(proxyBeanMethods = false)
class SearchWebConfiguration implements WebMvcConfigurer {

	@Bean
	PublicPages searchPublicPages() {
		return PublicPages.of("/search");
	}

}
