package be.ibefe.avis.architecture;

import static be.ibefe.avis.architecture.ClassesDeLApplication.APPLICATION;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaModifier.PUBLIC;
import static com.tngtech.archunit.core.domain.JavaModifier.STATIC;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import be.ibefe.avis.dossier.Dossier;
import be.ibefe.avis.dossier.TransitionsDuDossier;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** The architecture, checked by the build (ArchUnit) on the application's classes. README « Architecture » says why. */
class ArchitectureTest {

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

    /**
     * Features on top, then the dossier, then the bassins and the audit trail, then the technical ground; never the
     * other way. Every package is in a layer: a new one must be placed here.
     */
    @Test
    void features_then_dossier_then_bassins_and_journal_then_system_and_security() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("fonctionnalités").definedBy("be.ibefe.avis.admin..", "be.ibefe.avis.calendrier..",
                        "be.ibefe.avis.demo..", "be.ibefe.avis.documents..", "be.ibefe.avis.exploitation..",
                        "be.ibefe.avis.importation..", "be.ibefe.avis.lifecycle..", "be.ibefe.avis.notification..",
                        "be.ibefe.avis.poles..", "be.ibefe.avis.regleslocales..", "be.ibefe.avis.report..",
                        "be.ibefe.avis.rules..", "be.ibefe.avis.seance..", "be.ibefe.avis.tasks..",
                        "be.ibefe.avis.thematiques..")
                .layer("dossier").definedBy("be.ibefe.avis.dossier..")
                .layer("bassins et journal").definedBy("be.ibefe.avis.bassin..", "be.ibefe.avis.audit..")
                .layer("socle").definedBy("be.ibefe.avis.system..", "be.ibefe.avis.security..")
                .whereLayer("fonctionnalités").mayNotBeAccessedByAnyLayer()
                .whereLayer("dossier").mayOnlyBeAccessedByLayers("fonctionnalités")
                .whereLayer("bassins et journal").mayOnlyBeAccessedByLayers("fonctionnalités", "dossier")
                .whereLayer("socle").mayOnlyBeAccessedByLayers("fonctionnalités", "dossier", "bassins et journal")
                .ensureAllClassesAreContainedInArchitectureIgnoring(equivalentTo(be.ibefe.avis.AvisApplication.class))
                .because("une fonctionnalité s'appuie sur le dossier, qui s'appuie sur les bassins et le journal, "
                        + "qui s'appuient sur le socle")
                .check(APPLICATION);
    }

    @Test
    void no_cycle_between_packages() {
        slices().matching("be.ibefe.avis.(*)..").should().beFreeOfCycles()
                .because("un paquet ne dépend que de paquets plus bas que lui")
                .check(APPLICATION);
    }

    /** A public method of the dossier that changes it: every one but the getters, the factory and the audit key. */
    private static final DescribedPredicate<JavaMethodCall> TRANSITION_DU_DOSSIER = DescribedPredicate.describe(
            "une transition de Dossier", appel -> appel.getTargetOwner().isEquivalentTo(Dossier.class)
                    && appel.getTarget().resolveMember().map(methode -> methode.getModifiers().contains(PUBLIC)
                            && !methode.getModifiers().contains(STATIC) && !methode.getName().startsWith("get")
                            && !methode.getName().equals("dossierAudite")
                            && !methode.getOwner().isEquivalentTo(Object.class)).orElse(false));

    @Test
    void only_the_transitions_service_moves_a_dossier() {
        noClasses().that().doNotBelongToAnyOf(TransitionsDuDossier.class, Dossier.class)
                .should().callMethodWhere(TRANSITION_DU_DOSSIER)
                .because("un seul point d'entrée change le statut ou l'historique d'un dossier")
                .check(APPLICATION);
    }
}
