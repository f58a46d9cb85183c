package kg.omb.shared.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import kg.omb.shared.PublicAddress;

/**
 * Gives every page its {@link PageAddress}, so that the layout can announce the canonical address, the other
 * languages and the OpenGraph tags; only pages (controllers that render views) get one.
 */
@ControllerAdvice(annotations = Controller.class)
class PageAddressAdvice {

	private final PublicAddress address;

	PageAddressAdvice(PublicAddress address) {
		this.address = address;
	}

	@ModelAttribute("pageAddress")
	PageAddress pageAddress(HttpServletRequest request, Locale locale) {
		String query = request.getQueryString();
		String withoutLanguage = query == null ? null
				: Arrays.stream(query.split("&"))
					.filter(parameter -> !parameter.isEmpty() && !parameter.startsWith("lang="))
					.collect(Collectors.joining("&"));
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return PageAddress.of(address.baseUrl(), path, withoutLanguage == null || withoutLanguage.isEmpty() ? null
				: withoutLanguage, locale);
	}

	/** Whether the layout puts the CSRF token in the head (see {@link BufferedPages}). */
	@ModelAttribute("bufferedPage")
	boolean bufferedPage(HttpServletRequest request) {
		return BufferedPages.isBuffered(request);
	}

}
