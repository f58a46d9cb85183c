package kg.omb.identity.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The pages that ask only for an e-mail address render a real, labelled field, not template markup. */
@SpringBootTest
@AutoConfigureMockMvc
class EmailFormPagesTests {

	@Autowired
	MockMvcTester mvc;

	@ParameterizedTest
	@ValueSource(strings = { "/password/forgot", "/register/resend" })
	void pageHasALabelledEmailFieldThatIsSubmitted(String path) {
		assertThat(mvc.get().uri(path)).hasStatusOk()
			.bodyText()
			.contains("<label for=\"email\"")
			.contains("id=\"email\" name=\"email\"")
			.doesNotContain("th:");
	}

}
