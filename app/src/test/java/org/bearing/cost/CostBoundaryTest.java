package org.bearing.cost;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import java.util.Set;
import org.bearing.Bearing;
import org.junit.jupiter.api.Test;

/**
 * Apache POI stays inside the modules that read or write workbooks: cost (DSLIB workbooks) and interop (the XLSX
 * export); nothing else in Bearing touches its types.
 */
class CostBoundaryTest {
    private final JavaClasses bearing = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importLocations(Set.of(Location.of(Bearing.class.getProtectionDomain().getCodeSource().getLocation())));

    @Test
    void onlyTheCostModuleUsesApachePoi() {
        noClasses().that().resideOutsideOfPackages("org.bearing.cost..", "org.bearing.interop..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.poi..")
                .check(bearing);
    }
}
