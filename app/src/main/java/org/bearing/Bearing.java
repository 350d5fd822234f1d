package org.bearing;

import org.bearing.cli.BenchCommand;
import org.bearing.cli.FidelityCommand;
import org.bearing.cli.SimulateCommand;
import org.bearing.cli.ScheduleCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The single entry point of {@code bearing.jar}: a picocli command whose subcommands run the server
 * ({@code serve}) or work on files without a server ({@code schedule}, {@code bench}, ...).
 */
@Command(name = "bearing",
        mixinStandardHelpOptions = true,
        versionProvider = BearingVersion.class,
        description = "Bearing: self-hosted project control for technical project managers.",
        subcommands = {
                ServeCommand.class,
                ImportCommand.class,
                ExportCommand.class,
                BenchCommand.class,
                ScheduleCommand.class,
                FidelityCommand.class,
                SimulateCommand.class,
                CommandLine.HelpCommand.class
        })
public final class Bearing implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int exit = new CommandLine(new Bearing()).execute(args);
        if (exit != 0 || !ServeCommand.serverStarted()) {
            System.exit(exit);
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
