package be.ibefe.avis.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * The architecture, checked by the build (ArchUnit) on the application's classes. README « Architecture » says why;
 * the package cycles still to remove are listed there.
 */
class ArchitectureTest {

    private static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("be.ibefe.avis");

    @Test
    void controllers_and_pages_reach_the_engine_only_through_a_service() {
        noClasses().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine..")
                .because("une API ou une page demande au service de sa capacité, qui parle au moteur")
                .check(APPLICATION);
    }

    @Test
    void nothing_but_the_demonstration_depends_on_it() {
        // a capability's own demonstration data (DemoMandats, DemoPoles…) lives beside it, in the demo profile only
        noClasses().that().resideOutsideOfPackage("be.ibefe.avis.demo..")
                .and().haveSimpleNameNotStartingWith("Demo")
                .should().dependOnClassesThat().resideInAPackage("be.ibefe.avis.demo..")
                .because("la démonstration n'existe que dans le profil demo")
                .check(APPLICATION);
    }
}
