package org.bearing.interop;

import org.springframework.boot.test.context.SpringBootTest;

/** The plan-replacement API contract on the embedded H2 database, the default installation. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:replace-api;DB_CLOSE_DELAY=-1",
        "bearing.admin-password=" + ReplaceApiContract.PASSWORD})
class H2ReplaceApiTest extends ReplaceApiContract {
}
