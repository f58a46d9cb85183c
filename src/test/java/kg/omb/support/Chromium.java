package kg.omb.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's Chromium driven by Playwright for Java. Playwright never downloads a browser of its own here: it is told
 * to skip that and to start {@code /usr/bin/chromium} (or {@code OMB_TEST_CHROMIUM}).
 */
public final class Chromium {

	static final Path EXECUTABLE = Path.of(env("OMB_TEST_CHROMIUM", "/usr/bin/chromium"));

	static final boolean REQUIRED = Boolean.parseBoolean(env("OMB_TEST_REQUIRE_BROWSER", "false"));

	private static final List<String> ARGUMENTS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
			"--disable-dev-shm-usage");

	private Chromium() {
	}

	public static Playwright playwright() {
		return Playwright.create(new Playwright.CreateOptions()
			.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
	}

	public static Browser launch(Playwright playwright) {
		return playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE).setHeadless(true).setArgs(ARGUMENTS));
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

	/** Skips browser tests (or fails them where the browser is required, as in CI) when Chromium is absent. */
	public static final class Condition implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			if (Files.isExecutable(EXECUTABLE)) {
				return ConditionEvaluationResult.enabled("Chromium found at " + EXECUTABLE);
			}
			String message = "Chromium is not installed at " + EXECUTABLE
					+ ": run 'apt-get install chromium' (Debian) or set OMB_TEST_CHROMIUM to run the browser tests";
			if (REQUIRED) {
				throw new IllegalStateException(message + " (OMB_TEST_REQUIRE_BROWSER=true)");
			}
			System.err.println("SKIPPED " + context.getDisplayName() + ": " + message);
			return ConditionEvaluationResult.disabled(message);
		}

	}

}
