package kg.omb.reports.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kg.omb.shared.web.PublicPages;

/** The published annual reports and their PDFs are public (§10.7): anyone reads them without signing in. */
@Configuration(proxyBeanMethods = false)
class ReportsWebConfiguration {

	@Bean
	PublicPages reportsPublicPages() {
		return PublicPages.of("/reports", "/reports/*", "/reports/*/pdf");
	}

}
