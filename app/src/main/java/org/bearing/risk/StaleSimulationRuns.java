package org.bearing.risk;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.bearing.platform.JobLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Finds simulation runs whose node stopped: a QUEUED or RUNNING run whose heartbeat is older than
 * {@code bearing.simulation.stale-after} (default 5 minutes; live nodes beat every 20 s) will never finish, so it is
 * marked FAILED with the reason. Runs at startup and then every {@code bearing.simulation.stale-check-interval-ms}
 * under the database lock {@value #LOCK}, so that of several nodes one does it.
 */
@Component
public class StaleSimulationRuns {
    static final String LOCK = "simulation-stale-runs";
    private static final Logger log = LoggerFactory.getLogger(StaleSimulationRuns.class);
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private final SimulationStore store;
    private final JobLock lock;
    private final Duration staleAfter;
    private final Clock clock = Clock.systemUTC();

    StaleSimulationRuns(SimulationStore store, JobLock lock, @Value("${bearing.simulation.stale-after:PT5M}") Duration staleAfter) {
        this.store = store;
        this.lock = lock;
        this.staleAfter = staleAfter;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartup() {
        sweep();
    }

    @Scheduled(fixedDelayString = "${bearing.simulation.stale-check-interval-ms:60000}", initialDelayString = "${bearing.simulation.stale-check-interval-ms:60000}")
    void periodically() {
        sweep();
    }

    /**
     * Marks every stale run FAILED if this node gets the lock.
     *
     * @return the ids of the runs marked here (empty if none, or if another node holds the lock)
     */
    public List<Long> sweep() {
        List<Long> failed = new ArrayList<>();
        lock.runExclusively(LOCK, Duration.ofMinutes(1), () -> {
            LocalDateTime cutoff = LocalDateTime.now(clock).minus(staleAfter);
            for (SimulationStore.StaleRun run : store.stale(cutoff)) {
                String reason = "interrupted: no progress since " + AT.format(run.heartbeatAt()) + " UTC"
                        + (run.node() == null ? "" : " on " + run.node()) + " (node stopped?)";
                if (store.failStale(run.id(), cutoff, reason)) {
                    failed.add(run.id());
                    log.warn("simulation run {} {}", run.id(), reason);
                }
            }
        });
        return failed;
    }
}
