package kg.omb.files.web;

import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OversizedUploadFilterTests {

	/** What Tomcat 11 throws from {@code getParameter} when a multipart request passes its limit. */
	static final IllegalStateException TOO_LARGE = new IllegalStateException(new IllegalStateException(
			"the request was rejected because its size (6000190) exceeds the configured maximum (5242880)"));

	@Test
	void anOversizedUploadKeepsTheFieldsOfItsAddressAndReportsTheLimitWhenItsPartsAreRead() throws Exception {
		HttpServletRequest passed = filter(refusing(TOO_LARGE, "_csrf=a%2Bb&lang=ky"));

		assertThat(passed.getParameter("_csrf")).isEqualTo("a+b");
		assertThat(passed.getParameterMap()).containsOnlyKeys("_csrf", "lang");
		assertThat(passed.getParameter("file")).isNull();
		assertThatThrownBy(passed::getParts).isSameAs(TOO_LARGE);
		assertThat(OversizedUploadFilter.tooLarge(TOO_LARGE)).isTrue();
	}

	@Test
	void otherFailuresToReadARequestAreNotHidden() throws Exception {
		var damaged = new IllegalStateException("Stream ended unexpectedly");
		HttpServletRequest passed = filter(refusing(damaged, "_csrf=x"));

		assertThatThrownBy(() -> passed.getParameter("_csrf")).isSameAs(damaged);
	}

	@Test
	void anUploadWithinTheLimitIsReadAsBefore() throws Exception {
		var upload = new MockHttpServletRequest("POST", "/files");
		upload.setContentType("multipart/form-data; boundary=x");
		upload.addParameter("_csrf", "token");

		HttpServletRequest passed = filter(upload);

		assertThat(passed.getParameter("_csrf")).isEqualTo("token");
	}

	@Test
	void requestsThatAreNotUploadsPassUntouched() throws Exception {
		var form = new MockHttpServletRequest("POST", "/login");
		form.setContentType("application/x-www-form-urlencoded");

		assertThat(filter(form)).isSameAs(form);
	}

	private static HttpServletRequest filter(HttpServletRequest request) throws Exception {
		var passed = new AtomicReference<HttpServletRequest>();
		new OversizedUploadFilter().doFilter(request, new MockHttpServletResponse(),
				(req, res) -> passed.set((HttpServletRequest) req));
		return passed.get();
	}

	private static HttpServletRequest refusing(RuntimeException failure, String query) {
		var request = new MockHttpServletRequest("POST", "/files");
		request.setContentType("multipart/form-data; boundary=x");
		request.setQueryString(query);
		return new HttpServletRequestWrapper(request) {

			@Override
			public java.util.Map<String, String[]> getParameterMap() {
				throw failure;
			}

			@Override
			public String getParameter(String name) {
				throw failure;
			}

			@Override
			public java.util.Collection<jakarta.servlet.http.Part> getParts() {
				throw failure;
			}

		};
	}

}
