package org.bearing.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bearing bench}: groups the engine benchmarks; each prints JSON with {@code --json}. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks of Bearing's engines against their peers.",
        subcommands = {BenchScheduleCommand.class, PsplibBenchCommand.class, DslibBenchCommand.class,
                EarnedValueBenchCommand.class, ForecastBenchCommand.class, BenchMonteCarloCommand.class,
                DslibRiskBenchCommand.class})
public final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
