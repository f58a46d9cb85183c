package kg.omb.surveys.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import kg.omb.shared.web.PublicPages;

/** The published summaries of information requests are public: anyone may read them without signing in. */
@Configuration
class SurveysPublicWebConfiguration implements WebMvcConfigurer {

	@Bean
	PublicPages surveysPublicPages() {
		return PublicPages.of("/summaries", "/summaries/*");
	}

}
