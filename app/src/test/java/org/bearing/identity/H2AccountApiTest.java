package org.bearing.identity;

import org.springframework.boot.test.context.SpringBootTest;

/** The account administration API on the embedded H2 database, the default installation. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:account-api;DB_CLOSE_DELAY=-1", "bearing.admin-password=" + AccountApiContract.PASSWORD})
class H2AccountApiTest extends AccountApiContract {
}
