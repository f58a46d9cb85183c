package kg.omb.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Languages of the user interface: the message bundles ({@code messages_ky/ru/en} and each module's
 * {@code i18n/<module>_ky/ru/en}), the resolver and the
 * {@code ?lang=} switcher available on every page. Bean Validation messages are keys of the same bundles (Boot
 * interpolates them through this message source).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	/** Where a module keeps its own bundle, beside the platform's {@code messages}: {@code i18n/<module>_ky...}. */
	static final String MODULE_BUNDLES = "classpath*:i18n/*_ky.properties";

	@Bean
	MessageSource messageSource() throws IOException {
		var messages = new ReloadableResourceBundleMessageSource();
		messages.setBasenames(basenames());
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		messages.setDefaultLocale(Languages.DEFAULT);
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	/** The platform's bundle first, then each module's, found on the class path by their Kyrgyz file. */
	static String[] basenames() throws IOException {
		var basenames = new LinkedHashSet<String>();
		basenames.add("classpath:messages");
		for (Resource kyrgyz : new PathMatchingResourcePatternResolver().getResources(MODULE_BUNDLES)) {
			String file = kyrgyz.getFilename();
			if (file != null) {
				basenames.add("classpath:i18n/" + file.substring(0, file.length() - "_ky.properties".length()));
			}
		}
		return basenames.toArray(String[]::new);
	}

	/** The OpenAPI description of the read-only REST API and its UI are as public as the API itself. */
	@Bean
	PublicPages apiDescription() {
		return PublicPages.of("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html",
				"/swagger-ui/**");
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
