package kg.omb.identity.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The second-step filter runs inside the security filter chain only, not a second time as a plain servlet filter. */
@Configuration(proxyBeanMethods = false)
class TwoFactorWebConfiguration {

	@Bean
	FilterRegistrationBean<TwoFactorFilter> twoFactorFilterRegistration(TwoFactorFilter filter) {
		var registration = new FilterRegistrationBean<>(filter);
		registration.setEnabled(false);
		return registration;
	}

}
