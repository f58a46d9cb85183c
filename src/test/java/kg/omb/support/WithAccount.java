package kg.omb.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.test.context.support.WithSecurityContext;

/** Runs a test as a signed-in person with an account id, as the identity module's principal provides it. */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@WithSecurityContext(factory = TestAccount.SecurityContextFactory.class)
public @interface WithAccount {

	/** The account id. */
	long value();

	String email() default "";

	String name() default "Айгүл Токтогулова";

	/** Roles, plain ({@code ADMIN}, {@code PARTICIPANT}) or scoped ({@code OMB_CHAIR@ASSOCIATION:7}). */
	String[] roles() default { "PARTICIPANT" };

}
