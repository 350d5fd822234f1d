package org.bearing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.bearing.interop.PlanDifferences;
import org.bearing.interop.PlanReplacement;
import org.bearing.interop.ProjectImport;
import org.bearing.interop.ScheduleFileException;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bearing import FILE}: imports a schedule file as a new project into the database the server uses (the H2
 * file under the data directory, or PostgreSQL from {@code BEARING_DB_URL}), without starting a web server.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import an MS Project, Primavera P6, GanttProject or other schedule file, or a Jira (CSV, REST JSON) or"
                + " Azure DevOps (CSV) export, as a new project, or with --replace replace an existing project's plan with a"
                + " schedule file after showing the differences.")
final class ImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The schedule file or tracker export; its format is detected from its content.")
    Path file;

    @Option(names = "--replace", paramLabel = "PROJECT_ID",
            description = "Replace the plan of this existing project instead of creating one: prints the differences, then asks.")
    Long replace;

    @Option(names = "--yes", description = "With --replace: apply without asking.")
    boolean yes;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--data-dir", description = "Directory of the embedded H2 database when no PostgreSQL is configured (default: ${DEFAULT-VALUE}).",
            defaultValue = "./data")
    String dataDir;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            System.err.println("bearing import: " + file + " is not a file");
            return 2;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(BearingApplication.class)
                .web(WebApplicationType.NONE).logStartupInfo(false).run("--bearing.data-dir=" + dataDir,
                        "--logging.level.root=warn")) {
            if (replace != null) {
                return replace(context.getBean(PlanReplacement.class));
            }
            ProjectImport.Imported imported = context.getBean(ProjectImport.class).importFile(file.toAbsolutePath(), file.getFileName().toString());
            System.out.printf("Imported %s as project %d (%s): %d tasks, %d dependencies, %d calendars, %d resources, "
                            + "%d assignments, %d baselines%n", file.getFileName(), imported.project().id(), imported.project().code(),
                    imported.tasks(), imported.dependencies(), imported.calendars(), imported.resources(), imported.assignments(),
                    imported.baselines());
            if (imported.backlogItems() > 0) {
                System.out.printf("Backlog: %d items in %d sprints%n", imported.backlogItems(), imported.sprints());
            }
            imported.warnings().forEach(w -> System.out.println("warning: " + w));
            return 0;
        } catch (ScheduleFileException e) {
            System.err.println("bearing import: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            System.err.println("bearing import: nothing was " + (replace != null ? "changed: " : "imported: ") + e.getMessage());
            return 1;
        }
    }

    /** Previews the replacement, prints it, and applies it when confirmed (or with --yes); declining changes nothing. */
    private int replace(PlanReplacement replacement) throws ScheduleFileException {
        java.io.PrintWriter out = spec.commandLine().getOut();
        PlanReplacement.Preview preview = replacement.preview(replace, file.toAbsolutePath(), file.getFileName().toString(), "cli");
        out.println("Replacing the plan of project " + replace + " with " + file.getFileName() + ":");
        PlanDifferences.describe(preview.differences()).forEach(out::println);
        out.flush();
        if (preview.differences().none()) {
            out.println("Nothing to change.");
            return 0;
        }
        if (!yes) {
            out.print("Apply these changes? [y/N] ");
            out.flush();
            String answer = null;
            try {
                answer = new java.io.BufferedReader(new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8)).readLine();
            } catch (java.io.IOException e) {
                // no console: treated as "no"
            }
            if (answer == null || !answer.strip().toLowerCase(java.util.Locale.ROOT).startsWith("y")) {
                out.println("Nothing changed.");
                return 0;
            }
        }
        replacement.apply(replace, preview.id());
        out.println("Replaced the plan of project " + replace + ".");
        return 0;
    }
}
