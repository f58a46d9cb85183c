package kg.omb.review.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import kg.omb.shared.web.PublicPages;

/** The expert conclusions published with approved subjects are public (§10.7); everything else of review is not. */
@Configuration(proxyBeanMethods = false)
class ReviewPublicWebConfiguration implements WebMvcConfigurer {

	@Bean
	PublicPages reviewPublicPages() {
		return PublicPages.of("/reviews/conclusions/*");
	}

}
