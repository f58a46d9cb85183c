package kg.omb.notifications;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.support.AbstractResourceBasedMessageSource;

/**
 * Adds the test bundles {@code notifications-test-messages_*} (notices that other modules will send, such as a draft
 * opened for discussion) to the application's messages, without touching the real bundles.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestNotices {

	public static final String DRAFT_TITLE = "test.draft-opened.title";

	public static final String DRAFT_BODY = "test.draft-opened.body";

	@Bean
	static BeanPostProcessor testNoticeMessages() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if ("messageSource".equals(beanName) && bean instanceof AbstractResourceBasedMessageSource messages) {
					messages.addBasenames("classpath:notifications-test-messages");
				}
				return bean;
			}
		};
	}

}
