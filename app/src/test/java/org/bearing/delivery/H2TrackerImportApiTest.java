package org.bearing.delivery;

import org.springframework.boot.test.context.SpringBootTest;

/** The tracker import and backlog API contract on the embedded H2 database, the default installation. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:tracker-import;DB_CLOSE_DELAY=-1",
        "bearing.admin-password=" + TrackerImportApiContract.PASSWORD})
class H2TrackerImportApiTest extends TrackerImportApiContract {
}
