package org.bearing.cli;

import java.util.concurrent.Callable;

import org.bearing.engine.bench.EarnedValueBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bearing bench earned-value}: times the earned value history (PV, EV, AC and earned schedule of every
 * roll-up node at every status date) of a generated project and prints JSON.
 */
@Command(name = "earned-value", mixinStandardHelpOptions = true,
        description = "Earned value history of a generated project: N tasks over P status dates (JSON).")
public final class EarnedValueBenchCommand implements Callable<Integer> {

    @Option(names = "--tasks", defaultValue = "10000", description = "Tasks (default: ${DEFAULT-VALUE}).")
    int tasks;

    @Option(names = "--periods", defaultValue = "100", description = "Status dates (default: ${DEFAULT-VALUE}).")
    int periods;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the generator (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--json", description = "Print JSON (the only output format; accepted for symmetry).")
    boolean json;

    @Override
    public Integer call() {
        if (tasks < 1 || periods < 1) {
            System.err.println("--tasks and --periods must be at least 1");
            return 2;
        }
        System.out.println(EarnedValueBench.run(tasks, periods, seed, 5, 7).toJson());
        return 0;
    }
}
