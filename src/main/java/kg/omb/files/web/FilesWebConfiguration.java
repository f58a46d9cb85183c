package kg.omb.files.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Web infrastructure of uploads. */
@Configuration(proxyBeanMethods = false)
class FilesWebConfiguration {

	/** Just before Spring Security's filter chain (registered at order -100), whose CSRF check reads form fields. */
	static final int BEFORE_SECURITY = -101;

	@Bean
	FilterRegistrationBean<OversizedUploadFilter> oversizedUploadFilter() {
		var registration = new FilterRegistrationBean<>(new OversizedUploadFilter());
		registration.setOrder(BEFORE_SECURITY);
		return registration;
	}

}
