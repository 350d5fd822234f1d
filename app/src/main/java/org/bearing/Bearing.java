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
                UserCommand.class,
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
        int exit = commandLine().execute(args);
        if (exit != 0 || !ServeCommand.serverStarted()) {
            System.exit(exit);
        }
    }

    /**
     * The command line with every subcommand. {@code bench import} needs Spring and lives in this package, so it is
     * added here rather than in the cli package's {@code bench} group (which would make the packages depend on each
     * other).
     */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Bearing());
        cli.getSubcommands().get("bench").addSubcommand("import", new BenchImportCommand());
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
