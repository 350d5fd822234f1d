package org.bearing.risk;

import org.springframework.boot.test.context.SpringBootTest;

/** The risk analysis and issue log API contract on the embedded H2 database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:risk-api;DB_CLOSE_DELAY=-1",
        "bearing.admin-password=" + RiskApiContract.PASSWORD})
class H2RiskApiTest extends RiskApiContract {
}
