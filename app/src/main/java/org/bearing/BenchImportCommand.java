package org.bearing;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.bearing.interop.ExportFormat;
import org.bearing.interop.ImportBenchmarkFile;
import org.bearing.interop.ImportWarmUp;
import org.bearing.interop.PlanExport;
import org.bearing.interop.ProjectImport;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bearing bench import --tasks N}: writes a generated N-task MSPDI file (WBS, links, calendars, resources,
 * assignments), imports it into a fresh in-memory database and exports it again as MSPDI and XLSX, printing the wall
 * time and the peak heap of each step. The import is the whole path of an upload: screen, parse, map, write in one
 * transaction, reschedule at commit.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import and export speed on a generated MSPDI file, in a fresh embedded database.")
public final class BenchImportCommand implements Callable<Integer> {

    @Option(names = "--tasks", description = "Leaf tasks in the generated file (default: ${DEFAULT-VALUE}).", defaultValue = "10000")
    int tasks;

    @Option(names = "--seed", description = "Seed of the generated file (default: ${DEFAULT-VALUE}).", defaultValue = "42")
    long seed;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Option(names = "--no-export", description = "Measure the import only.")
    boolean noExport;

    @Option(names = "--repeat", description = "Import the file this many times, each as a new project, to see a warmed-up "
            + "server's time after the first (default: ${DEFAULT-VALUE}).", defaultValue = "1")
    int repeat;

    @Option(names = "--warm-up-rounds", description = "Rounds of the server's startup warm-up to run before the measured imports, "
            + "as `bearing serve` does (0: a cold process; default: ${DEFAULT-VALUE}).", defaultValue = "" + ImportWarmUp.SERVE_ROUNDS)
    int warmUpRounds;

    @Option(names = "--warm-up-tasks", description = "Leaf tasks of the warm-up plan (default: ${DEFAULT-VALUE}).",
            defaultValue = "" + ImportWarmUp.SERVE_TASKS)
    int warmUpTasks;

    @Option(names = "--keep", description = "Also save the generated MSPDI file here (to time an upload of the same file).")
    Path keep;

    @Option(names = "--db-url", description = "JDBC URL of an empty database to import into (e.g. jdbc:postgresql://localhost:5432/bench; "
            + "user and password from BEARING_DB_USER, BEARING_DB_PASSWORD). Default: a fresh in-memory H2 database.")
    String dbUrl;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * One measured step: wall time, the CPU time of the whole process (all threads, GC included; on a shared machine
     * the steadier figure) and the peak heap in use while it ran.
     */
    public record Step(String step, double millis, double cpuMillis, double peakHeapMb) {
    }

    @Override
    public Integer call() throws Exception {
        if (tasks < 1) {
            spec.commandLine().getErr().println("bearing bench import: --tasks must be at least 1");
            return 2;
        }
        Path dir = Files.createTempDirectory("bearing-bench-import");
        Path file = dir.resolve("bench-" + tasks + ".xml");
        Map<String, Object> result = new LinkedHashMap<>();
        String url = dbUrl != null ? dbUrl : "jdbc:h2:mem:bench-import-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(BearingApplication.class)
                .web(WebApplicationType.NONE).logStartupInfo(false).run(
                        "--spring.datasource.url=" + url,
                        "--logging.level.root=warn", "--bearing.import.max-bytes=1000000000", "--bearing.import.time-limit=600s")) {
            result.put("database", url.startsWith("jdbc:postgresql:") ? "postgresql" : url.startsWith("jdbc:h2:") ? "h2" : url);
            long t0 = System.nanoTime();
            ImportBenchmarkFile.Written written = ImportBenchmarkFile.write(tasks, seed, file);
            double generate = (System.nanoTime() - t0) / 1e6;
            if (keep != null) {
                Files.copy(file, keep, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            result.put("tasks", written.tasks());
            result.put("links", written.links());
            result.put("resources", written.resources());
            result.put("assignments", written.assignments());
            result.put("fileBytes", written.bytes());
            result.put("generateMillis", Math.round(generate));
            ProjectImport importer = context.getBean(ProjectImport.class);
            PlanExport export = context.getBean(PlanExport.class);
            // The warm-up `bearing serve` runs at startup (ImportWarmUp): the first measured import is then a started
            // server's first upload. With --warm-up-rounds 0 it is a cold process's first import instead.
            ImportWarmUp.Done warmed = context.getBean(ImportWarmUp.class).run(warmUpRounds, warmUpTasks);
            result.put("warmUp", warmed);

            long[] projectId = new long[1];
            java.util.List<Step> steps = new java.util.ArrayList<>();
            for (int run = 1; run <= Math.max(1, repeat); run++) {
                steps.add(measure(run == 1 ? "import" : "import #" + run,
                        () -> projectId[0] = importer.importFile(file, file.getFileName().toString()).project().id()));
            }
            if (!noExport) {
                steps.add(measure("export mspdi", () -> write(export, projectId[0], ExportFormat.MSPDI, dir.resolve("out.xml"))));
                steps.add(measure("export xlsx", () -> write(export, projectId[0], ExportFormat.XLSX, dir.resolve("out.xlsx"))));
            }
            result.put("steps", steps);
            result.put("importTargetMillis", 3000);
        } finally {
            try (var files = Files.list(dir)) {
                files.forEach(p -> p.toFile().delete());
            }
            Files.deleteIfExists(dir);
        }
        var out = spec.commandLine().getOut();
        if (json) {
            out.println(tools.jackson.databind.json.JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(result));
        } else {
            out.printf(Locale.ROOT, "database: %s%n", result.get("database"));
            out.printf(Locale.ROOT, "generated MSPDI: %s tasks, %s links, %s resources, %s assignments, %.1f MB in %s ms%n",
                    result.get("tasks"), result.get("links"), result.get("resources"), result.get("assignments"),
                    ((Long) result.get("fileBytes")) / 1e6, result.get("generateMillis"));
            for (Object o : (java.util.List<?>) result.get("steps")) {
                Step s = (Step) o;
                out.printf(Locale.ROOT, "%-14s %10.1f ms wall  %10.1f ms cpu   peak heap %8.1f MB%n", s.step(), s.millis(), s.cpuMillis(),
                        s.peakHeapMb());
            }
        }
        out.flush();
        return 0;
    }

    private static void write(PlanExport export, long projectId, ExportFormat format, Path to) throws Exception {
        try (OutputStream o = Files.newOutputStream(to)) {
            export.write(projectId, format, o);
        }
    }

    interface Work {
        void run() throws Exception;
    }

    private static Step measure(String name, Work work) throws Exception {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        work.run();
        double millis = (System.nanoTime() - t0) / 1e6;
        double cpu = (os.getProcessCpuTime() - cpu0) / 1e6;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return new Step(name, Math.round(millis * 10) / 10.0, Math.round(cpu * 10) / 10.0, Math.round(peak / 1e5) / 10.0);
    }
}
