package kg.omb.audit;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;

import kg.omb.audit.domain.ChainVerification;
import kg.omb.audit.domain.ChainVerification.Break;
import kg.omb.audit.domain.ChainVerifier;
import kg.omb.audit.domain.StandaloneVerification;

/**
 * {@code --audit-verify}: verifies the audit chain, prints the result and ends with status 0 when the chain is
 * intact, 1 when it is broken and 2 when it could not be read. It starts nothing but a connection pool to the
 * configured database (same configuration, profiles and environment as the application): no web server, no
 * migrations, no scheduled jobs, no event re-publication; it only reads. On the embedded H2 file database it needs
 * the application stopped, since a running one holds the file.
 */
public final class AuditVerifyCommand {

	public static final String OPTION = "--audit-verify";

	public static final int INTACT = 0;

	public static final int BROKEN = 1;

	public static final int FAILED = 2;

	private AuditVerifyCommand() {
	}

	public static boolean requested(String... args) {
		return Arrays.asList(args).contains(OPTION);
	}

	public static int run(PrintStream out, String... args) {
		var application = new SpringApplication(StandaloneVerification.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setBannerMode(Banner.Mode.OFF);
		application.setLogStartupInfo(false);
		application.setDefaultProperties(Map.of("logging.level.root", "warn"));
		try (ConfigurableApplicationContext context = application.run(args)) {
			ChainVerification result = context.getBean(ChainVerifier.class).verify();
			out.println(describe(result));
			return result.isIntact() ? INTACT : BROKEN;
		}
		catch (RuntimeException exception) {
			Throwable cause = NestedExceptionUtils.getMostSpecificCause(exception);
			out.println("Audit chain could not be verified: " + exception.getMessage()
					+ (cause == exception ? "" : " (" + cause.getMessage() + ")"));
			return FAILED;
		}
	}

	static String describe(ChainVerification result) {
		Break broken = result.broken();
		if (broken == null) {
			return "Audit chain intact: " + result.checked() + " entries checked.";
		}
		String what = switch (broken.problem()) {
			case EDITED -> "the entry was changed after it was written";
			case REMOVED -> "the entry is missing: it was removed";
			case RELINKED -> "the entry does not follow the one before it: an entry before it was removed or rewritten";
		};
		return "Audit chain BROKEN at entry " + broken.sequence() + ": " + what + " (" + result.checked()
				+ " entries before it are intact).";
	}

}
