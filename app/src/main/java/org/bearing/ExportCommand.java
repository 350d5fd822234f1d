package org.bearing;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.bearing.interop.ExportFormat;
import org.bearing.interop.PlanExport;
import org.bearing.plan.Project;
import org.bearing.plan.Projects;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bearing export PROJECT --format F --out FILE}: writes a project of the server's database (by id or code)
 * as MSPDI, XER, PMXML, XLSX, CSV, JSON or iCalendar, without starting a web server.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a project as mspdi, xer, pmxml, xlsx, csv, json or ics.")
final class ExportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PROJECT", description = "The project's id or code.")
    String project;

    @Option(names = "--format", required = true, description = "mspdi, xer, pmxml, xlsx, csv, json or ics.")
    String format;

    @Option(names = "--out", required = true, description = "The file to write (replaced if it exists).")
    Path out;

    @Option(names = "--data-dir", description = "Directory of the embedded H2 database when no PostgreSQL is configured (default: ${DEFAULT-VALUE}).",
            defaultValue = "./data")
    String dataDir;

    @Override
    public Integer call() {
        ExportFormat f = ExportFormat.named(format);
        if (f == null) {
            System.err.println("bearing export: unknown format '" + format + "'; use one of " + ExportFormat.names());
            return 2;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(BearingApplication.class)
                .web(WebApplicationType.NONE).logStartupInfo(false).run("--bearing.data-dir=" + dataDir,
                        "--logging.level.root=warn")) {
            Projects projects = context.getBean(Projects.class);
            Project p = project.matches("\\d+") ? projects.get(Long.parseLong(project))
                    : projects.byCode(project).orElse(null);
            if (p == null) {
                System.err.println("bearing export: no project with code '" + project + "'");
                return 1;
            }
            Path temp = Files.createTempFile(out.toAbsolutePath().getParent(), ".bearing-export-", ".part");
            try (OutputStream o = Files.newOutputStream(temp)) {
                context.getBean(PlanExport.class).write(p.id(), f, o);
            }
            Files.move(temp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            System.out.printf("Exported project %d (%s) as %s to %s (%d bytes)%n", p.id(), p.code(), f.name().toLowerCase(),
                    out, Files.size(out));
            return 0;
        } catch (Exception e) {
            System.err.println("bearing export: " + e.getMessage());
            return 1;
        }
    }
}
