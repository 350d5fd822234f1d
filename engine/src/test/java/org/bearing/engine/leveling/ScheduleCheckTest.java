package org.bearing.engine.leveling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bearing.engine.leveling.ProjectFixture.aProject;

import org.junit.jupiter.api.Test;

class ScheduleCheckTest {
    private final ProjectFixture project = aProject().resource("Crew", 2)
            .task("Dig", 3).needs("Crew", 2)
            .task("Pour", 2).needs("Crew", 1).after("Dig")
            .task("Wire", 2).needs("Crew", 1).notBefore(1);

    @Test
    void acceptsAFeasibleSchedule() {
        assertThat(ScheduleCheck.violations(project.problem(), new int[] {0, 3, 3}, 10)).isEmpty();
    }

    @Test
    void namesABrokenDependency() {
        assertThat(ScheduleCheck.violations(project.problem(), new int[] {0, 2, 5}, 10))
                .anySatisfy(v -> assertThat(v).contains("'Dig' -> 'Pour'"));
    }

    @Test
    void namesAnOverallocatedPeriod() {
        assertThat(ScheduleCheck.violations(project.problem(), new int[] {0, 3, 1}, 10))
                .containsExactly("Resource 'Crew' is overallocated in period 1: 3 used of 2",
                        "Resource 'Crew' is overallocated in period 2: 3 used of 2");
    }

    @Test
    void namesAnEarlyStart() {
        assertThat(ScheduleCheck.violations(project.problem(), new int[] {0, 3, 0}, 10))
                .anySatisfy(v -> assertThat(v).contains("'Wire' starts at 0 before its release date 1"));
    }
}
