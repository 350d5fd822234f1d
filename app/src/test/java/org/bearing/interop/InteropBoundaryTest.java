package org.bearing.interop;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import java.util.Set;
import org.bearing.Bearing;
import org.junit.jupiter.api.Test;

/** MPXJ stays inside the interop module: nothing else in Bearing may touch its types. */
class InteropBoundaryTest {
    /** The application's own classes: the directory (or jar) that holds them, not the whole class path. */
    private final JavaClasses bearing = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importLocations(Set.of(Location.of(Bearing.class.getProtectionDomain().getCodeSource().getLocation())));

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
