package kg.omb.shared.web;

import java.nio.charset.StandardCharsets;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Languages of the user interface: the message bundles {@code messages_ky/ru/en}, the resolver and the
 * {@code ?lang=} switcher available on every page. Bean Validation messages are keys of the same bundles (Boot
 * interpolates them through this message source).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Bean
	MessageSource messageSource() {
		var messages = new ReloadableResourceBundleMessageSource();
		messages.setBasename("classpath:messages");
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		messages.setDefaultLocale(Languages.DEFAULT);
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	@Bean
	LocaleResolver localeResolver(ApplicationEventPublisher events) {
		return new OmbLocaleResolver(events);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		var switcher = new LocaleChangeInterceptor();
		switcher.setParamName("lang");
		switcher.setIgnoreInvalidLocale(true);
		registry.addInterceptor(switcher);
	}

}
