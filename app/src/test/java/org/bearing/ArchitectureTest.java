package org.bearing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The engine stays plain Java, and the application's modules talk only through each other's public API. */
class ArchitectureTest {

    @Test
    void engineUsesNoFrameworkDatabaseOrFileLibrary() {
        JavaClasses engine = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.bearing.engine");
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..",
                        "jakarta..", "org.mpxj..", "org.h2..", "org.postgresql..", "org.flywaydb..", "org.bearing.plan..")
                .because("the engine is plain Java: no Spring, database or MPXJ types")
                .allowEmptyShould(false)
                .check(engine);
    }

    @Test
    void modulesRespectTheirBoundaries() {
        // The engine is a plain library that happens to share the base package; it is not an application module.
        ApplicationModules.of(BearingApplication.class, JavaClass.Predicates.resideInAPackage("org.bearing.engine..")).verify();
    }
}
