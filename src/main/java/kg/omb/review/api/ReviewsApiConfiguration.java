package kg.omb.review.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kg.omb.shared.web.PublicPages;

/** Of the review API, the published conclusions alone are open data; the rest is for those signed in. */
@Configuration(proxyBeanMethods = false)
class ReviewsApiConfiguration {

	@Bean
	PublicPages reviewsApi() {
		return PublicPages.of("/api/v1/reviews/conclusions/*");
	}

}
