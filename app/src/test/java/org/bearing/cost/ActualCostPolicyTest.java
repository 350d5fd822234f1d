package org.bearing.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The per-task choice of actual cost: approved entries where a task has any, what progress implies elsewhere. */
class ActualCostPolicyTest {
    private static final LocalDate JAN_6 = LocalDate.of(2026, 1, 6);
    private static final LocalDate JAN_8 = LocalDate.of(2026, 1, 8);

    /** Task 1 has 1000 approved on 6 Jan and 800 on 8 Jan; task 2 has none; task 3 only a credit so far. */
    private final ActualCostPolicy policy = new ActualCostPolicy(Map.of(1L, Map.of(JAN_6, 1000.0, JAN_8, 800.0),
            2L, Map.of(), 3L, Map.of(JAN_6, -50.0)));

    @Test
    void aTaskWithApprovedEntriesTakesTheirSumAndTheOthersKeepTheirImpliedCost() {
        assertThat(policy.source(1)).isEqualTo(ActualCostPolicy.Source.RECORDED);
        assertThat(policy.actualCost(1, 4000)).isEqualTo(1800);
        assertThat(policy.source(2)).as("an empty record is no record").isEqualTo(ActualCostPolicy.Source.IMPLIED);
        assertThat(policy.actualCost(2, 4000)).isEqualTo(4000);
        assertThat(policy.source(99)).isEqualTo(ActualCostPolicy.Source.IMPLIED);
        assertThat(policy.actualCost(99, 250)).isEqualTo(250);
    }

    @Test
    void timePhasedActualCostCountsTheEntriesDatedUpToTheDay() {
        assertThat(policy.actualCostAt(1, JAN_6.minusDays(1), 99)).as("recorded tasks ignore the implied value").isZero();
        assertThat(policy.actualCostAt(1, JAN_6, 99)).isEqualTo(1000);
        assertThat(policy.actualCostAt(1, JAN_8.minusDays(1), 99)).isEqualTo(1000);
        assertThat(policy.actualCostAt(1, JAN_8, 99)).isEqualTo(1800);
        assertThat(policy.actualCostAt(2, JAN_8, 99)).isEqualTo(99);
    }

    @Test
    void aCreditBeforeItsChargeNeverMakesActualCostNegative() {
        assertThat(policy.actualCost(3, 500)).isZero();
        assertThat(policy.actualCostAt(3, JAN_8, 500)).isZero();
    }
}
