package kg.omb.shared;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Health probes are public; metrics and the Prometheus scrape are for administrators only. */
@SpringBootTest
@AutoConfigureMockMvc
class OperationsEndpointsTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void healthWithLivenessAndReadinessIsPublic() {
		assertThat(mvc.get().uri("/actuator/health")).hasStatusOk().bodyText().contains("\"status\":\"UP\"");
		assertThat(mvc.get().uri("/actuator/health/liveness")).hasStatusOk();
		assertThat(mvc.get().uri("/actuator/health/readiness")).hasStatusOk();
	}

	@Test
	void anonymousVisitorCannotReadMetrics() {
		assertThat(mvc.get().uri("/actuator/prometheus")).hasStatus(401);
		assertThat(mvc.get().uri("/actuator/metrics")).hasStatus(401);
	}

	@Test
	@WithMockUser(roles = "OMB_CHAIR")
	void nonAdministratorIsRefusedMetrics() {
		assertThat(mvc.get().uri("/actuator/prometheus")).hasStatus(403);
		assertThat(mvc.get().uri("/actuator/metrics")).hasStatus(403);
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void administratorReadsMetricsAndThePrometheusScrape() {
		assertThat(mvc.get().uri("/actuator/metrics")).hasStatusOk().bodyText().contains("jvm.memory.used");
		assertThat(mvc.get().uri("/actuator/prometheus")).hasStatusOk().bodyText().contains("jvm_memory_used_bytes");
	}

}
