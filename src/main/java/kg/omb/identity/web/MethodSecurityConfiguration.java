package kg.omb.identity.web;

import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.expression.method.MethodSecurityExpressionHandler;

/**
 * Method security that understands scopes: {@code hasPermission(id, 'ASSOCIATION', 'OMB_CHAIR')} is answered by the
 * {@link ScopedPermissionEvaluator}, and beans ({@code @access}, {@code @grantingRights}) can be named in the
 * expressions.
 */
@Configuration(proxyBeanMethods = false)
class MethodSecurityConfiguration {

	@Bean
	static MethodSecurityExpressionHandler methodSecurityExpressionHandler(ApplicationContext context) {
		var handler = new DefaultMethodSecurityExpressionHandler();
		handler.setPermissionEvaluator(new ScopedPermissionEvaluator());
		handler.setApplicationContext(context);
		return handler;
	}

}
