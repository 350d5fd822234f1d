package org.bearing.cost;

import org.springframework.boot.test.context.SpringBootTest;

/** The cost API contract on the embedded H2 database, the default installation. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:cost-api;DB_CLOSE_DELAY=-1",
        "bearing.admin-password=" + CostApiContract.PASSWORD})
class H2CostApiTest extends CostApiContract {
}
