package dev.laurel.credentials;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The library's boundaries as docs/architecture.md draws them, checked on the compiled classes. */
class ArchitectureTest {

    private static final JavaClasses LIBRARY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.laurel.credentials");

    @Test
    void packagesHaveNoCycles() {
        slices().matching("dev.laurel.credentials.(*)..")
                .should()
                .beFreeOfCycles()
                .check(LIBRARY);
    }

    @Test
    void theLibraryKnowsNothingOfSpringOrTheServer() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "dev.laurel.server..", "dev.laurel.cli..")
                .check(LIBRARY);
    }

    @Test
    void rdfAndJsonStandAlone() {
        classes()
                .that()
                .resideInAPackage("dev.laurel.credentials.rdf..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("dev.laurel.credentials.rdf..", "java..")
                .check(LIBRARY);
        classes()
                .that()
                .resideInAPackage("dev.laurel.credentials.json..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("dev.laurel.credentials.json..", "java..", "com.fasterxml.jackson..")
                .check(LIBRARY);
    }

    @Test
    void theModelDependsOnlyOnJson() {
        noClasses()
                .that()
                .resideInAPackage("dev.laurel.credentials.model..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.laurel.credentials.verify..",
                        "dev.laurel.credentials.proof..",
                        "dev.laurel.credentials.jsonld..",
                        "dev.laurel.credentials.http..")
                .check(LIBRARY);
    }

    @Test
    void typesAreNamedForWhatTheyAre() {
        classes()
                .should()
                .haveSimpleNameNotEndingWith("Util")
                .andShould()
                .haveSimpleNameNotEndingWith("Utils")
                .andShould()
                .haveSimpleNameNotEndingWith("Manager")
                .andShould()
                .haveSimpleNameNotEndingWith("Helper")
                .andShould()
                .haveSimpleNameNotEndingWith("Impl")
                .check(LIBRARY);
    }
}
