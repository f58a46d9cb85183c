package kg.omb.meetings.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import kg.omb.shared.web.PublicPages;

/** The OMBs' decisions, published minutes and events are public (§10.7): anyone reads them without signing in. */
@Configuration(proxyBeanMethods = false)
class MeetingsWebConfiguration implements WebMvcConfigurer {

	@Bean
	PublicPages meetingsPublicPages() {
		return PublicPages.of("/decisions", "/decisions/*", "/minutes/*", "/events", "/events/*");
	}

}
