package org.bearing.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bearing.schedule.Scheduling;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Warms a freshly started server's import path, so that the first file a user uploads is imported at the speed of the
 * later ones. On a 2-core machine the first large import of a process runs mostly interpreted while the JIT compiler
 * takes the other core (a 10,000-task MSPDI: about 3.5 s cold against 1.5 s warm). Right after startup, on a
 * low-priority background thread, the warm-up imports a generated plan ({@link ImportBenchmarkFile}) {@code rounds}
 * times through the whole path of an upload (screen, parse, map, write, reschedule), each time in a transaction that
 * is always rolled back: nothing is written and no event is published. The only trace is that database sequences
 * advance (ids are not reused after a rollback).
 *
 * <p>Configured by {@code bearing.import.warm-up-rounds} (default 0: off; {@code bearing serve} turns it on) and
 * {@code bearing.import.warm-up-tasks} (leaf tasks of the generated plan).
 */
@Component
public class ImportWarmUp {
    /** The rounds and plan size {@code bearing serve} warms up with. */
    public static final int SERVE_ROUNDS = 8;
    public static final int SERVE_TASKS = 3000;
    private static final Logger log = LoggerFactory.getLogger(ImportWarmUp.class);

    private final ProjectImport importer;
    private final Scheduling scheduling;
    private final TransactionTemplate transaction;
    private final int rounds;
    private final int tasks;
    private volatile Done startupWarmUp;

    ImportWarmUp(ProjectImport importer, Scheduling scheduling, PlatformTransactionManager transactions,
                 @Value("${bearing.import.warm-up-rounds:0}") int rounds, @Value("${bearing.import.warm-up-tasks:3000}") int tasks) {
        this.importer = importer;
        this.scheduling = scheduling;
        this.transaction = new TransactionTemplate(transactions);
        this.rounds = rounds;
        this.tasks = tasks;
    }

    /** What a warm-up did: rounds imported and rolled back, tasks per round, wall time in milliseconds. */
    public record Done(int rounds, int tasks, long millis) {
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartup() {
        if (rounds <= 0) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                Done done = run(rounds, tasks);
                startupWarmUp = done;
                log.info("Import path warmed up: {} rounds of a {}-task plan in {} ms", done.rounds(), done.tasks(), done.millis());
            } catch (RuntimeException e) {
                // A warm-up that fails costs speed, not correctness: the server serves on.
                log.warn("Import warm-up stopped: {}", e.toString());
            }
        }, "import-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** The warm-up this node ran after startup, once it has finished; empty while it runs, or when it is off. */
    public java.util.Optional<Done> startupWarmUp() {
        return java.util.Optional.ofNullable(startupWarmUp);
    }

    /**
     * Imports a generated plan of {@code leafTasks} leaf tasks {@code rounds} times, each in a transaction that is
     * rolled back (the project is rescheduled inside it, as a commit would), and returns how long it took.
     */
    public Done run(int rounds, int leafTasks) {
        if (rounds <= 0) {
            return new Done(0, leafTasks, 0);
        }
        long t0 = System.nanoTime();
        Path dir = null;
        try {
            dir = Files.createTempDirectory("bearing-warm-up");
            Path file = ImportBenchmarkFile.write(leafTasks, 7, dir.resolve("warm-up.xml")).file();
            for (int r = 0; r < rounds; r++) {
                transaction.executeWithoutResult(status -> {
                    status.setRollbackOnly();
                    try {
                        long project = importer.importFile(file, "warm-up.xml").project().id();
                        scheduling.reschedule(project);
                    } catch (ScheduleFileException e) {
                        throw new IllegalStateException(e.getMessage(), e);
                    }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(dir);
        }
        return new Done(rounds, leafTasks, (System.nanoTime() - t0) / 1_000_000);
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(p);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // a temp file left behind is harmless
        }
    }
}
