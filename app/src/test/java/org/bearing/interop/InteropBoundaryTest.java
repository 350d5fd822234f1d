package org.bearing.interop;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** MPXJ stays inside the interop module: nothing else in Bearing may touch its types. */
class InteropBoundaryTest {
    private final JavaClasses bearing = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("org.bearing");

    @Test
    void onlyTheInteropModuleUsesMpxj() {
        noClasses().that().resideOutsideOfPackage("org.bearing.interop..")
                .should().dependOnClassesThat().resideInAPackage("org.mpxj..")
                .check(bearing);
    }

    @Test
    void theFileCommandsDoNotStartSpring() {
        noClasses().that().haveSimpleNameEndingWith("Command").and().resideInAPackage("org.bearing.cli")
                .and().doNotHaveSimpleName("ServeCommand")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .check(bearing);
    }
}
