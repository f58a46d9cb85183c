package kg.omb.identity.domain;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.RecordApplicationEvents;

import kg.omb.support.AdjustableClock;

/**
 * The whole application with MockMvc, an adjustable clock and the identity fixtures: one Spring context shared by
 * the identity tests, each of which uses e-mail and client addresses of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(properties = "omb.identity.sign-in.cleanup-cron=-")
@AutoConfigureMockMvc
@RecordApplicationEvents
@Import({ AdjustableClock.Configuration.class, SignInFixtures.class })
public @interface IdentityTest {
}
