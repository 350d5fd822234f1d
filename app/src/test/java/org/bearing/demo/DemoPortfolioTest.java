package org.bearing.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.bearing.plan.Dependencies;
import org.bearing.plan.Dependency;
import org.bearing.plan.DependencyType;
import org.bearing.plan.Project;
import org.bearing.plan.Projects;
import org.bearing.plan.Tasks;
import org.bearing.risk.RiskModels;
import org.bearing.support.DatabaseFingerprint;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code serve --demo} loads a realistic portfolio, and loading it again changes nothing. */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:demo;DB_CLOSE_DELAY=-1", "bearing.demo=true",
        "bearing.admin-password=demo-test"})
class DemoPortfolioTest {
    @Autowired
    Projects projects;
    @Autowired
    Tasks tasks;
    @Autowired
    Dependencies dependencies;
    @Autowired
    DemoLoader loader;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RiskModels riskModels;

    @Test
    void theDemoPortfolioFeelsRealAndLoadsOnce() throws Exception {
        assertThat(projects.all()).extracting(Project::code).containsExactlyInAnyOrder("ATLAS", "PORTAL", "DATA");
        Project atlas = projects.byCode("ATLAS").orElseThrow();
        assertThat(atlas.budget()).isEqualByComparingTo("3200000");
        assertThat(atlas.hardDeadline()).hasToString("2027-06-30");
        var atlasTasks = tasks.all(atlas.id());
        assertThat(atlasTasks.stream().filter(t -> t.name().startsWith("Migrate ")).count()).isEqualTo(36);
        assertThat(atlasTasks.stream().filter(t -> t.percentComplete().signum() > 0).count()).isGreaterThan(20);
        assertThat(dependencies.all(atlas.id())).extracting(Dependency::type).contains(DependencyType.values());
        assertThat(jdbc.sql("select count(distinct resource_group) from resource where project_id = ? and resource_group like 'Vendor:%'")
                .param(atlas.id()).query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from baseline").query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from risk where project_id = ?").param(atlas.id()).query(Long.class).single()).isEqualTo(4);
        var riskModel = riskModels.model(atlas.id());
        long uncertain = atlasTasks.stream().filter(t -> !t.summary() && !t.milestone() && t.durationMinutes() > 0 && t.actualFinish() == null)
                .count();
        assertThat(riskModel.estimates()).hasSize((int) uncertain).allMatch(e -> e.max() == 130.0);
        assertThat(riskModel.riskEvents()).hasSize(2).allMatch(e -> !e.taskIds().isEmpty());
        assertThat(jdbc.sql("select count(*) from work_calendar_exception").query(Long.class).single()).isGreaterThan(15);

        Map<String, Long> before = DatabaseFingerprint.of(jdbc);
        loader.run(null);
        assertThat(DatabaseFingerprint.of(jdbc)).isEqualTo(before);
    }
}
