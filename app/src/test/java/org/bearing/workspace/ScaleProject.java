package org.bearing.workspace;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bearing.plan.AssignmentDraft;
import org.bearing.plan.Assignments;
import org.bearing.plan.BaselineDraft;
import org.bearing.plan.Baselines;
import org.bearing.plan.Dependencies;
import org.bearing.plan.DependencyDraft;
import org.bearing.plan.DependencyType;
import org.bearing.plan.LagUnit;
import org.bearing.plan.ProjectDraft;
import org.bearing.plan.Projects;
import org.bearing.plan.ResourceDraft;
import org.bearing.plan.ResourceType;
import org.bearing.plan.Resources;
import org.bearing.plan.TaskDraft;
import org.bearing.plan.Tasks;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A program-sized plan built through the plan services, for measuring pages at scale: {@code phases} phases of 4
 * work packages of 30 tasks (three parallel chains of ten), 25 engineers, one assignment per task, links within and
 * between packages and phases, and a baseline. With 40 phases: 40 + 160 + 4,800 = 5,000 tasks and about 4,700 links.
 * The plan is written in one transaction (one reschedule at commit), the links with {@link Dependencies#createAll}.
 */
final class ScaleProject {
    static final int PACKAGES = 4;
    static final int LEAVES = 30;
    static final int CHAINS = 3;

    private ScaleProject() {
    }

    record Built(long projectId, int tasks, int links, long millis, String phases) {
    }

    static Built build(String code, int phases, Projects projects, Tasks tasks, Dependencies dependencies, Resources resources,
                       Assignments assignments, Baselines baselines, TransactionTemplate tx) {
        long began = System.nanoTime();
        long[] out = new long[3];
        long[] at = new long[4];
        tx.executeWithoutResult(status -> {
            long project = projects.create(new ProjectDraft(null, code, "Platform migration program (" + phases * (1 + PACKAGES * (1 + LEAVES))
                    + " tasks)", "CIO", "Grace Hopper", "Move every service to the new platform.", List.of("All services migrated"),
                    List.of("No sev-1 incident during cutover"), LocalDate.of(2026, 1, 5), null, "USD", null, null, null)).id();
            List<Long> engineers = new ArrayList<>();
            for (int r = 0; r < 25; r++) {
                engineers.add(resources.create(new ResourceDraft(project, "Engineer " + (r + 1), ResourceType.WORK, "E" + (r + 1), "Platform",
                        null, null, BigDecimal.ONE, BigDecimal.valueOf(100 + r), null, null, null)).id());
            }
            List<DependencyDraft> links = new ArrayList<>();
            int count = 0;
            long[] previousPhaseFirstPackageEnds = null;
            for (int p = 0; p < phases; p++) {
                long phase = tasks.create(project, task(null, (p + 1) + "", "Phase " + (p + 1) + ": wave " + (char) ('A' + p % 26), 0)).id();
                count++;
                long[] previousPackageEnds = null;
                for (int k = 0; k < PACKAGES; k++) {
                    long pkg = tasks.create(project, task(phase, (p + 1) + "." + (k + 1), "Work package " + (p + 1) + "." + (k + 1), 0)).id();
                    count++;
                    long[] leaf = new long[LEAVES];
                    for (int i = 0; i < LEAVES; i++) {
                        long days = 1 + (p * 7 + k * 3 + i) % 3;
                        leaf[i] = tasks.create(project, task(pkg, (p + 1) + "." + (k + 1) + "." + (i + 1),
                                verb(i) + " service " + (p * PACKAGES + k) + "-" + (i + 1), days * 480)).id();
                        count++;
                        assignments.create(project, new AssignmentDraft(leaf[i], engineers.get((p * 7 + k * 5 + i) % engineers.size()),
                                null, null, null));
                        if (i >= CHAINS) {
                            links.add(new DependencyDraft(leaf[i - CHAINS], leaf[i], DependencyType.FS, 0L, LagUnit.WORKING_MINUTES));
                        } else if (previousPackageEnds != null) {
                            links.add(new DependencyDraft(previousPackageEnds[i], leaf[i], DependencyType.FS, 0L, LagUnit.WORKING_MINUTES));
                        } else if (previousPhaseFirstPackageEnds != null) {
                            links.add(new DependencyDraft(previousPhaseFirstPackageEnds[i], leaf[i], DependencyType.FS, 0L, LagUnit.WORKING_MINUTES));
                        }
                    }
                    long[] ends = new long[CHAINS];
                    for (int c = 0; c < CHAINS; c++) {
                        ends[c] = leaf[LEAVES - CHAINS + c];
                    }
                    if (k == 0) {
                        previousPhaseFirstPackageEnds = ends;
                    }
                    previousPackageEnds = ends;
                }
            }
            out[0] = project;
            out[1] = count;
            at[0] = System.nanoTime();
            out[2] = dependencies.createAll(project, links);
            at[1] = System.nanoTime();
        });
        at[2] = System.nanoTime();
        tx.executeWithoutResult(status -> baselines.capture(out[0], new BaselineDraft(null, "Approved plan")));
        at[3] = System.nanoTime();
        String report = "tasks and assignments " + (at[0] - began) / 1_000_000 + " ms, links " + (at[1] - at[0]) / 1_000_000
                + " ms, reschedule at commit " + (at[2] - at[1]) / 1_000_000 + " ms, baseline " + (at[3] - at[2]) / 1_000_000 + " ms";
        return new Built(out[0], (int) out[1], (int) out[2], (at[3] - began) / 1_000_000, report);
    }

    private static String verb(int i) {
        return switch (i % 6) {
            case 0 -> "Inventory";
            case 1 -> "Containerise";
            case 2 -> "Load-test";
            case 3 -> "Migrate data of";
            case 4 -> "Cut over";
            default -> "Decommission old";
        };
    }

    private static TaskDraft task(Long parent, String wbs, String name, long minutes) {
        return new TaskDraft(parent, null, wbs, name, false, null, minutes, null, null, null, null, null, null, null, null, null,
                null, null, null, null);
    }
}
