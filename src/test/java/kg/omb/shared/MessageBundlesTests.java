package kg.omb.shared;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kyrgyz first, and never a half-translated page: every key in all three languages of its bundle (the platform's
 * {@code messages} or a module's {@code i18n/<module>}), no key in two bundles, every key a template names exists,
 * and no template carries user-facing text of its own.
 */
class MessageBundlesTests {

	static final List<String> LANGUAGES = List.of("ky", "ru", "en");

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	static final Path MODULE_BUNDLES = Path.of("src/main/resources/i18n");

	static final Pattern MESSAGE_EXPRESSION = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)[}(]");

	@Test
	void everyKeyIsTranslatedIntoEveryLanguage() throws IOException {
		for (Path family : families()) {
			Map<String, Set<String>> keys = new TreeMap<>();
			for (String language : LANGUAGES) {
				keys.put(language, bundle(family, language).stringPropertyNames());
			}
			Set<String> all = new TreeSet<>();
			keys.values().forEach(all::addAll);
			for (String language : LANGUAGES) {
				Set<String> missing = new TreeSet<>(all);
				missing.removeAll(keys.get(language));
				assertThat(missing).as("keys missing from %s_%s.properties", family, language).isEmpty();
			}
		}
	}

	@Test
	void noTranslationIsBlank() throws IOException {
		for (Path family : families()) {
			for (String language : LANGUAGES) {
				Properties bundle = bundle(family, language);
				assertThat(bundle.stringPropertyNames()).as("blank values in %s_%s.properties", family, language)
					.allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
			}
		}
	}

	@Test
	void noKeyIsDefinedByTwoBundles() throws IOException {
		Map<String, Path> owner = new TreeMap<>();
		List<String> twice = new ArrayList<>();
		for (Path family : families()) {
			for (String key : bundle(family, "ky").stringPropertyNames()) {
				Path first = owner.putIfAbsent(key, family);
				if (first != null) {
					twice.add(key + " in " + first + " and " + family);
				}
			}
		}
		assertThat(twice).as("keys defined by more than one bundle (which one wins depends on the order)").isEmpty();
	}

	@Test
	void everyModuleBundleIsFound() throws IOException {
		assertThat(families()).first().isEqualTo(Path.of("src/main/resources/messages"));
		assertThat(families()).allSatisfy(family -> assertThat(Path.of(family + "_ky.properties")).exists());
	}

	@Test
	void everyKeyATemplateNamesExists() throws IOException {
		Set<String> known = new TreeSet<>();
		for (Path family : families()) {
			known.addAll(bundle(family, "ky").stringPropertyNames());
		}
		List<String> unknown = new ArrayList<>();
		for (Path template : templates()) {
			Matcher matcher = MESSAGE_EXPRESSION.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!known.contains(matcher.group(1))) {
					unknown.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
				}
			}
		}
		assertThat(unknown).as("message keys used in templates but missing from the bundles").isEmpty();
	}

	@Test
	void templatesHoldNoLiteralUserFacingText() throws IOException {
		List<String> literal = new ArrayList<>();
		for (Path template : templates()) {
			TemplateText.literalText(Files.readString(template))
				.forEach(text -> literal.add(TEMPLATES.relativize(template) + ": \"" + text + "\""));
		}
		assertThat(literal).as("text in templates that is not taken from the message bundles").isEmpty();
	}

	@Test
	void theLiteralTextCheckFindsTextOutsideMessageExpressions() {
		String page = """
				<div><h1 th:text="#{home.title}">placeholder</h1><p>Саламатсызбы</p>
				<!-- a comment --><script>var x = 'text';</script><span th:utext="${x}">ok</span></div>""";
		assertThat(TemplateText.literalText(page)).containsExactly("Саламатсызбы");
	}

	/** The platform's bundle and every module's ({@code i18n/<module>}), each named without its language. */
	static List<Path> families() throws IOException {
		List<Path> families = new ArrayList<>();
		families.add(Path.of("src/main/resources/messages"));
		if (Files.isDirectory(MODULE_BUNDLES)) {
			try (Stream<Path> files = Files.list(MODULE_BUNDLES)) {
				files.map(Path::toString)
					.filter(name -> name.endsWith("_ky.properties"))
					.sorted()
					.map(name -> Path.of(name.substring(0, name.length() - "_ky.properties".length())))
					.forEach(families::add);
			}
		}
		return families;
	}

	static Properties bundle(Path family, String language) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(
				Files.newInputStream(Path.of(family + "_" + language + ".properties")), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(path -> path.toString().endsWith(".html")).sorted().toList();
		}
	}

}
