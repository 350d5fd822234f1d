package org.bearing.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bearing.plan.PlanFixtures.aPlan;

import java.util.List;
import org.bearing.platform.RuleViolationException;
import org.junit.jupiter.api.Test;

/** The plan's own rules, without a database. */
class PlanRulesTest {

    @Test
    void aLinkThatClosesACycleIsRefusedWithTheCycleInOrder() {
        PlanFixtures plan = aPlan().task("A").task("B").task("C").task("D").link("A", "B").link("B", "C").link("C", "D");
        assertThatThrownBy(() -> DependencyCyclePolicy.check(plan.id("D"), plan.id("B"), plan.links(), plan.byId()))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).properties().get("cycle")).isEqualTo(List.of("D", "B", "C", "D")));
    }

    @Test
    void parallelBranchesThatMergeAreNotACycle() {
        PlanFixtures plan = aPlan().task("A").task("B").task("C").task("D").link("A", "B").link("A", "C").link("B", "D");
        DependencyCyclePolicy.check(plan.id("C"), plan.id("D"), plan.links(), plan.byId());
    }

    @Test
    void aSummaryAndItsSubtaskCannotBeLinkedEitherWay() {
        PlanFixtures plan = aPlan().task("Phase").task("Work", "Phase").task("Detail", "Work");
        assertThatThrownBy(() -> DependencyCyclePolicy.check(plan.id("Detail"), plan.id("Phase"), plan.links(), plan.byId()))
                .hasMessageContaining("summary task");
        assertThatThrownBy(() -> DependencyCyclePolicy.check(plan.id("Phase"), plan.id("Detail"), plan.links(), plan.byId()))
                .hasMessageContaining("summary task");
    }

    @Test
    void theOutlineNumbersFollowParentsAndPositions() {
        PlanFixtures plan = aPlan().task("Design").task("Build").task("API", "Build").task("UI", "Build").task("Auth", "API");
        WorkBreakdown wbs = WorkBreakdown.of(plan.tasks());
        assertThat(wbs.outline()).extracting(Task::name).containsExactly("Design", "Build", "API", "Auth", "UI");
        assertThat(wbs.outlineNumber(plan.id("Auth"))).isEqualTo("2.1.1");
        assertThat(wbs.level(plan.id("UI"))).isEqualTo(2);
    }

    @Test
    void aTaskCannotMoveUnderItsOwnSubtask() {
        PlanFixtures plan = aPlan().task("Build").task("API", "Build").task("Auth", "API");
        assertThatThrownBy(() -> WorkBreakdown.checkParent(plan.id("Build"), plan.id("Auth"), plan.byId()))
                .isInstanceOf(RuleViolationException.class);
        WorkBreakdown.checkParent(plan.id("Auth"), plan.id("Build"), plan.byId());
    }

    @Test
    void workingPeriodsParseAndRefuseNonsense() {
        assertThat(WorkingPeriod.parseList("08:00-12:00,13:00-17:00")).extracting(WorkingPeriod::minutes).containsExactly(240, 240);
        assertThat(WorkingPeriod.parseList("00:00-24:00").get(0).minutes()).isEqualTo(1440);
        assertThat(WorkingPeriod.parseList("")).isEmpty();
        assertThatThrownBy(() -> WorkingPeriod.parseList("13:00-17:00,08:00-12:00")).hasMessageContaining("overlap");
        assertThatThrownBy(() -> WorkingPeriod.parse("17:00-08:00")).hasMessageContaining("end after it starts");
        assertThatThrownBy(() -> WorkingPeriod.parse("25:00-26:00")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lagsAreBoundedByTheirUnit() {
        assertThat(new Lag(-Lag.MAX_MINUTES, LagUnit.WORKING_MINUTES).rangeProblem()).isNull();
        assertThat(new Lag(Lag.MAX_MINUTES + 1, LagUnit.ELAPSED_MINUTES).rangeProblem()).contains("out of range");
        assertThat(new Lag(1001, LagUnit.PERCENT).rangeProblem()).contains("1000");
    }
}
