package org.bearing.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bearing.engine.schedule.NetworkFixture.aNetwork;
import static org.bearing.engine.schedule.NetworkFixture.days;
import static org.bearing.engine.schedule.NetworkFixture.jan;

import org.junit.jupiter.api.Test;

class DriversTest {

    private final NetworkFixture.Result r = aNetwork()
            .task("A", days(3)).task("C", days(1)).task("B", days(1)).fs("A", "B").fs("C", "B")
            .task("D", days(1)).constraint("D", ConstraintType.START_NO_EARLIER_THAN, jan(6, 8, 0))
            .schedule();

    @Test
    void longerPredecessorDrivesTheStart() {
        var drivers = r.schedule().drivers(r.id("B"));
        assertThat(drivers).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(Driver.Kind.LINK);
            assertThat(d.predecessorName()).isEqualTo("A");
            assertThat(d.linkType()).isEqualTo(LinkType.FINISH_TO_START);
        });
    }

    @Test
    void firstTasksAreDrivenByProjectStartOrConstraint() {
        assertThat(r.schedule().drivers(r.id("A"))).extracting(Driver::kind).containsExactly(Driver.Kind.PROJECT_START);
        assertThat(r.schedule().drivers(r.id("D"))).extracting(Driver::kind).containsExactly(Driver.Kind.CONSTRAINT);
    }

    @Test
    void nonCriticalTaskIsExplainedByItsLimitingSuccessor() {
        FloatExplanation e = r.schedule().explainFloat(r.id("C"));
        assertThat(e.totalFloat()).isEqualTo(days(2));
        assertThat(e.critical()).isFalse();
        assertThat(e.limit()).isEqualTo(FloatExplanation.Limit.SUCCESSOR_LINK);
        assertThat(e.successorName()).isEqualTo("B");
        FloatExplanation d = r.schedule().explainFloat(r.id("D"));
        assertThat(d.limit()).isEqualTo(FloatExplanation.Limit.PROJECT_FINISH);
    }

    @Test
    void longestPathFollowsDrivingLinksFromProjectFinish() {
        Schedule s = r.schedule();
        assertThat(s.longestPath()).extracting(s::name).containsExactly("A", "B");
        assertThat(s.isOnLongestPath(r.id("C"))).isFalse();
    }
}
