package kg.omb.directory.transfer.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import kg.omb.shared.web.PublicPages;

/** The exports of organisations and of the classifier are open data: anyone may download them. */
@Configuration(proxyBeanMethods = false)
class TransferWebConfiguration implements WebMvcConfigurer {

	@Bean
	PublicPages directoryExports() {
		return PublicPages.of(ExportsController.ORGANIZATIONS + ".csv", ExportsController.ORGANIZATIONS + ".xlsx",
				ExportsController.CLASSIFIER + ".csv", ExportsController.CLASSIFIER + ".xlsx");
	}

}
