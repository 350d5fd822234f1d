package org.bearing.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The per-task choice of actual cost: approved entries (on top of the implied cost carried from before the first of
 * them) where a task has any, what progress implies elsewhere.
 */
class ActualCostPolicyTest {
    private static final LocalDate JAN_6 = LocalDate.of(2026, 1, 6);
    private static final LocalDate JAN_8 = LocalDate.of(2026, 1, 8);

    /** Task 1 has 1000 approved on 6 Jan and 800 on 8 Jan; task 2 has none; task 3 only a credit so far. */
    private final ActualCostPolicy policy = new ActualCostPolicy(Map.of(1L, Map.of(JAN_6, 1000.0, JAN_8, 800.0),
            2L, Map.of(), 3L, Map.of(JAN_6, -50.0)));

    @Test
    void aTaskWithApprovedEntriesTakesTheirSumOnTopOfWhatItCarriedAndTheOthersKeepTheirImpliedCost() {
        assertThat(policy.source(1)).isEqualTo(ActualCostPolicy.Source.RECORDED);
        assertThat(policy.firstEntry(1)).contains(JAN_6);
        assertThat(policy.actualCost(1, 4000, 0)).as("entries from the task's start carry nothing").isEqualTo(1800);
        assertThat(policy.actualCost(1, 4000, 2500)).as("2500 implied before 6 Jan, then the entries").isEqualTo(4300);
        assertThat(policy.source(2)).as("an empty record is no record").isEqualTo(ActualCostPolicy.Source.IMPLIED);
        assertThat(policy.firstEntry(2)).isEmpty();
        assertThat(policy.actualCost(2, 4000, 123)).as("no entries: the carried value is not read").isEqualTo(4000);
        assertThat(policy.source(99)).isEqualTo(ActualCostPolicy.Source.IMPLIED);
        assertThat(policy.actualCost(99, 250, 0)).isEqualTo(250);
    }

    @Test
    void timePhasedActualCostAccruesTheImpliedCostUntilTheFirstEntryThenCountsTheEntriesDatedUpToTheDay() {
        assertThat(policy.actualCostAt(1, JAN_6.minusDays(1), 99, 300)).as("before the first entry: implied").isEqualTo(99);
        assertThat(policy.actualCostAt(1, JAN_6, 99, 300)).isEqualTo(1300);
        assertThat(policy.actualCostAt(1, JAN_8.minusDays(1), 99, 300)).isEqualTo(1300);
        assertThat(policy.actualCostAt(1, JAN_8, 99, 300)).isEqualTo(2100);
        assertThat(policy.actualCostAt(2, JAN_8, 99, 300)).isEqualTo(99);
    }

    @Test
    void aCreditBeforeItsChargeNeverMakesActualCostNegative() {
        assertThat(policy.actualCost(3, 500, 0)).isZero();
        assertThat(policy.actualCost(3, 500, 30)).as("30 carried less the 50 credit").isZero();
        assertThat(policy.actualCost(3, 500, 80)).isEqualTo(30);
        assertThat(policy.actualCostAt(3, JAN_8, 500, 0)).isZero();
    }
}
