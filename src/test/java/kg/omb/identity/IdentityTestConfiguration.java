package kg.omb.identity;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.access.prepost.PreAuthorize;

import kg.omb.identity.domain.IdentityFixtures;

@TestConfiguration(proxyBeanMethods = false)
public class IdentityTestConfiguration {

	@Bean
	@Primary
	MutableClock mutableClock() {
		return new MutableClock();
	}

	@Bean
	IdentityFixtures identityFixtures() {
		return new IdentityFixtures();
	}

	@Bean
	ChairWork chairWork() {
		return new ChairWork();
	}

	/** A service of another module as it would guard itself with scoped permissions. */
	public static class ChairWork {

		@PreAuthorize("hasPermission(#associationId, 'ASSOCIATION', 'OMB_CHAIR,OMB_SECRETARY')")
		public String approveWorkPlan(long associationId) {
			return "approved " + associationId;
		}

		@PreAuthorize("@access.holds('SECTION_HEAD', 'SECTION', #sectionId)")
		public String editSection(long sectionId) {
			return "edited " + sectionId;
		}

	}

}
