package org.bearing.plan;

import org.springframework.boot.test.context.SpringBootTest;

/** The plan API contract on the embedded H2 database, the default installation. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:plan-api;DB_CLOSE_DELAY=-1",
        "bearing.admin-password=" + PlanApiContract.PASSWORD})
class H2PlanApiTest extends PlanApiContract {
}
