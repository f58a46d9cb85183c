package kg.omb.portal.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kg.omb.shared.web.PublicPages;

@Configuration(proxyBeanMethods = false)
class PortalWebConfiguration {

	@Bean
	PublicPages portalPublicPages() {
		return PublicPages.of("/sections", "/sections/*", "/feeds/**", "/sitemap.xml", "/robots.txt",
				"/opendata", "/opendata/*");
	}

}
