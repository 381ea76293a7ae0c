package be.ibefe.avis.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The application's classes (tests left out), imported once per run for every rule of this package: the import reads
 * every class file, the slow part of an ArchUnit test.
 */
final class ClassesDeLApplication {

    static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("be.ibefe.avis");

    private ClassesDeLApplication() {
    }
}
