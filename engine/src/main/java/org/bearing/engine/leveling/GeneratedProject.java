package org.bearing.engine.leveling;

import java.util.SplittableRandom;

/**
 * Random projects for benchmarks and tests, fixed by a seed: task j has 1–3 finish-to-start predecessors among the
 * 200 tasks before it (so the network is acyclic and long), a duration of 1–10 periods and needs 1–3 of the
 * resources, 1–4 units each; every resource has 6–12 units, so tasks compete for them throughout.
 */
public final class GeneratedProject {
    private GeneratedProject() {
    }

    public static LevelingProblem of(int tasks, int resources, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        LevelingProblem.Builder b = LevelingProblem.builder();
        for (int r = 0; r < resources; r++) {
            b.resource("Resource " + (r + 1), 6 + random.nextInt(7));
        }
        for (int j = 0; j < tasks; j++) {
            b.task("Task " + (j + 1), 1 + random.nextInt(10));
            int needs = 1 + random.nextInt(3);
            int first = random.nextInt(resources);
            for (int k = 0; k < needs && k < resources; k++) {
                b.demand(j, (first + k * 7) % resources, 1 + random.nextInt(4));
            }
            if (j > 0) {
                int preds = 1 + random.nextInt(3);
                int lastPick = -1;
                for (int k = 0; k < preds; k++) {
                    int p = Math.max(0, j - 1 - random.nextInt(Math.min(j, 200)));
                    if (p != lastPick) {
                        b.finishToStart(p, j);
                        lastPick = p;
                    }
                }
            }
        }
        return b.build();
    }
}
