package kg.omb.news.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import kg.omb.shared.web.PublicPages;

/** The published news and their attached files are public (§10.7): anyone reads them without signing in. */
@Configuration(proxyBeanMethods = false)
class NewsWebConfiguration implements WebMvcConfigurer {

	@Bean
	PublicPages newsPublicPages() {
		return PublicPages.of("/news", "/news/*", "/news/*/files/*");
	}

}
