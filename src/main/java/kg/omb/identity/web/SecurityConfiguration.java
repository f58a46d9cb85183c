package kg.omb.identity.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.actuate.info.InfoEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.ExceptionHandlingConfigurer;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import kg.omb.shared.web.PublicPages;

/**
 * Deny by default. Public: the portal, sign-in and registration, static resources, the health probes and whatever
 * the modules publish for reading ({@link PublicPages}). Finer permissions are checked in the services (method
 * security).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/** The API description's UI (Swagger UI) injects its own style element; its pages show no one's content. */
	static final String API_UI_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'",
			"style-src 'self' 'unsafe-inline'");

	static final RequestMatcher API_UI = PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**");

	static final RequestMatcher REST_API = PathPatternRequestMatcher.withDefaults().matcher("/api/**");

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, SignInSuccessHandler signedIn,
			SignInFailureHandler signInFailed, TwoFactorFilter twoFactorFilter, ObjectProvider<PublicPages> publicPages)
			throws Exception {
		List<RequestMatcher> published = publicPages.orderedStream()
			.flatMap(pages -> pages.patterns().stream())
			.distinct()
			.<RequestMatcher>map(PathPatternRequestMatcher.withDefaults()::matcher)
			.toList();
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers(EndpointRequest.to(HealthEndpoint.class, InfoEndpoint.class)).permitAll()
			.requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole("ADMIN")
			.requestMatchers("/", "/error", "/login", "/register/**", "/password/**", "/webjars/**", "/css/**",
					"/js/**", "/img/**", "/favicon.ico")
			.permitAll()
			.requestMatchers(request -> isRead(request) && matchesAny(published, request))
			.permitAll()
			.requestMatchers("/admin/**").hasRole("ADMIN")
			.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login").usernameParameter("email").permitAll()
				.successHandler(signedIn).failureHandler(signInFailed))
			.logout(logout -> logout.logoutSuccessUrl("/").permitAll())
			.exceptionHandling(SecurityConfiguration::htmxAwareEntryPoint)
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			// the second factor first: a password alone never reaches even the password-change page
			.addFilterAfter(twoFactorFilter, AuthorizationFilter.class)
			.addFilterAfter(new PasswordChangeRequiredFilter(), TwoFactorFilter.class)
			.headers(headers -> headers
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(API_UI),
						new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(API_UI,
						new ContentSecurityPolicyHeaderWriter(API_UI_CONTENT_SECURITY_POLICY)))
				.frameOptions(frame -> frame.deny())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		return http.build();
	}

	private static boolean isRead(HttpServletRequest request) {
		return HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod());
	}

	private static boolean matchesAny(List<RequestMatcher> matchers, HttpServletRequest request) {
		return matchers.stream().anyMatch(matcher -> matcher.matches(request));
	}

	/**
	 * An htmx request whose session expired gets 401 with {@code HX-Redirect}, so that htmx loads the login page
	 * whole instead of swapping it into a fragment; the operations endpoints answer a plain 401 (a metrics scraper
	 * has no use for a login page), nor does a client of the REST API; every other request is sent to the login page.
	 */
	private static void htmxAwareEntryPoint(ExceptionHandlingConfigurer<HttpSecurity> exceptions) {
		AuthenticationEntryPoint toLoginPage = new LoginUrlAuthenticationEntryPoint("/login");
		RequestMatcher operations = EndpointRequest.toAnyEndpoint();
		exceptions.authenticationEntryPoint((request, response, exception) -> {
			if ("true".equals(request.getHeader("HX-Request"))) {
				response.setHeader("HX-Redirect", request.getContextPath() + "/login");
				response.sendError(HttpStatus.UNAUTHORIZED.value());
			}
			else if (operations.matches(request) || REST_API.matches(request)) {
				response.sendError(HttpStatus.UNAUTHORIZED.value());
			}
			else {
				toLoginPage.commence(request, response, exception);
			}
		});
	}

}
