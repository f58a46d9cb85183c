package kg.omb.files.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Lets an upload over the container's multipart limit reach Spring MVC, where it is answered with the translated
 * "too large" message. Without it the container's refusal surfaces in the first filter that reads a form field
 * (the CSRF check, before any controller) and the person gets the container's bare error page.
 * <p>
 * The request is read as before, lazily. Only when reading its form fields fails for its size do the fields fall back
 * to those of the address (where upload forms also carry the CSRF token), and the parts report the failure to Spring
 * MVC, which turns it into a {@code MaxUploadSizeExceededException}.
 */
class OversizedUploadFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String contentType = request.getContentType();
		boolean multipart = contentType != null
				&& contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
		chain.doFilter(multipart ? new OversizedUploadRequest(request) : request, response);
	}

	/** Whether a failure to read a request is the container's size limit (as Spring's multipart support tells). */
	static boolean tooLarge(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			String message = cause.getMessage();
			if (message != null) {
				String lower = message.toLowerCase(Locale.ROOT);
				if (lower.contains("exceed") && (lower.contains("size") || lower.contains("length"))) {
					return true;
				}
			}
		}
		return false;
	}

	static final class OversizedUploadRequest extends HttpServletRequestWrapper {

		private @Nullable RuntimeException tooLarge;

		OversizedUploadRequest(HttpServletRequest request) {
			super(request);
		}

		@Override
		public @Nullable String getParameter(String name) {
			return fields().containsKey(name) ? fields().get(name)[0] : null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return fields();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(fields().keySet());
		}

		@Override
		public String @Nullable [] getParameterValues(String name) {
			return fields().get(name);
		}

		@Override
		public Collection<Part> getParts() throws IOException, ServletException {
			if (tooLarge != null) {
				throw tooLarge;
			}
			return super.getParts();
		}

		@Override
		public @Nullable Part getPart(String name) throws IOException, ServletException {
			if (tooLarge != null) {
				throw tooLarge;
			}
			return super.getPart(name);
		}

		private Map<String, String[]> fields() {
			if (tooLarge == null) {
				try {
					return super.getParameterMap();
				}
				catch (RuntimeException failure) {
					if (!tooLarge(failure)) {
						throw failure;
					}
					tooLarge = failure;
				}
			}
			return addressFields();
		}

		private Map<String, String[]> addressFields() {
			String query = getQueryString();
			if (query == null || query.isEmpty()) {
				return Map.of();
			}
			MultiValueMap<String, String> encoded = UriComponentsBuilder.newInstance().query(query).build()
				.getQueryParams();
			Map<String, String[]> fields = new LinkedHashMap<>();
			encoded.forEach((name, values) -> fields.put(decode(name),
					values.stream().map(value -> value == null ? "" : decode(value)).toArray(String[]::new)));
			return Collections.unmodifiableMap(fields);
		}

		private static String decode(String value) {
			return URLDecoder.decode(value, StandardCharsets.UTF_8);
		}

	}

}
