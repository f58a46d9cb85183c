package kg.omb.shared.web;

import java.util.List;

/**
 * Addresses that anyone may read (GET and HEAD), signed in or not: a module that publishes pages or open data
 * declares a bean of this type, and the security configuration lets those requests through. Every other request
 * still needs a signed-in person, and every change still goes through the services' permission checks. Declare it
 * in the module's {@code WebMvcConfigurer}, so that web slice tests see it too.
 *
 * @param patterns path patterns such as {@code /associations/**}
 */
public record PublicPages(List<String> patterns) {

	public static PublicPages of(String... patterns) {
		return new PublicPages(List.of(patterns));
	}

}
