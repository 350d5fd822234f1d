package org.bearing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
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
                + " Azure DevOps (CSV) export, as a new project.")
final class ImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The schedule file or tracker export; its format is detected from its content.")
    Path file;

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
            System.err.println("bearing import: nothing was imported: " + e.getMessage());
            return 1;
        }
    }
}
