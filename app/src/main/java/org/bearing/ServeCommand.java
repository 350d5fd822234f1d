package org.bearing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.bearing.interop.ImportWarmUp;
import org.springframework.boot.SpringApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bearing serve}: starts the web server and REST API, optionally with the demo portfolio. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the Bearing server (REST API under /api/v1, OpenAPI at /v3/api-docs).")
final class ServeCommand implements Callable<Integer> {

    private static volatile boolean started;

    @Option(names = "--port", description = "HTTP port (default: ${DEFAULT-VALUE}).", defaultValue = "8080")
    int port;

    @Option(names = "--demo", description = "Load the demo portfolio at start; loading it again changes nothing.")
    boolean demo;

    @Option(names = "--data-dir", description = "Directory of the embedded H2 database when no PostgreSQL is configured (default: ${DEFAULT-VALUE}).",
            defaultValue = "./data")
    String dataDir;

    @Option(names = "--warm-up", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Warm the import path up after startup (rolled-back imports of a generated plan on a background "
                    + "thread), so that the first upload is as fast as the later ones (default: on).")
    boolean warmUp;

    /** True once a server was started, so that {@code main} leaves the JVM running. */
    static boolean serverStarted() {
        return started;
    }

    @Override
    public Integer call() {
        SpringApplication.run(BearingApplication.class, springArguments().toArray(String[]::new));
        started = true;
        return 0;
    }

    /** The Spring properties the options stand for. */
    List<String> springArguments() {
        List<String> args = new ArrayList<>();
        args.add("--server.port=" + port);
        args.add("--bearing.data-dir=" + dataDir);
        if (warmUp) {
            args.add("--bearing.import.warm-up-rounds=" + ImportWarmUp.SERVE_ROUNDS);
            args.add("--bearing.import.warm-up-tasks=" + ImportWarmUp.SERVE_TASKS);
        }
        if (demo) {
            args.add("--bearing.demo=true");
        }
        return args;
    }
}
