package kg.omb;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The house style (STYLE.md) as rules the build checks. */
class ArchitectureTests {

	static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("kg.omb");

	@Test
	void controllersLiveInWebOrApiPackagesAndArePackagePrivate() {
		classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
			.should().resideInAnyPackage("..web..", "..api..")
			.andShould().notBePublic()
			.check(CLASSES);
	}

	@Test
	void dependenciesAreInjectedThroughConstructors() {
		fields().should().notBeAnnotatedWith(Autowired.class).check(CLASSES);
	}

	@Test
	void repositoriesAreNotPublic() {
		classes().that().areAssignableTo(Repository.class).should().notBePublic().allowEmptyShould(true).check(CLASSES);
	}

	@Test
	void webLayerDoesNotTalkToRepositories() {
		noClasses().that().resideInAnyPackage("..web..", "..api..")
			.should().dependOnClassesThat().areAssignableTo(Repository.class)
			.check(CLASSES);
	}

	@Test
	void serverTimeComesFromTheInjectedClock() {
		noClasses().should().callMethod(java.time.Instant.class, "now")
			.orShould().callMethod(java.time.LocalDate.class, "now")
			.orShould().callMethod(java.time.LocalDateTime.class, "now")
			.orShould().callMethod(java.time.OffsetDateTime.class, "now")
			.orShould().callMethod(java.time.ZonedDateTime.class, "now")
			.because("deadlines and audit times follow one clock that tests can set")
			.check(CLASSES);
	}

}
