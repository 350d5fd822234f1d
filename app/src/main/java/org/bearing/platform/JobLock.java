package org.bearing.platform;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A lock in the database ({@code job_lock}) that lets one node of several run a scheduled job: a node holds the
 * lock named after the job from when it takes it until {@code locked_until}, which bounds how long a node that dies
 * while holding it can block the others. Taking and releasing are each their own short transaction, so a refused
 * take never spoils the caller's transaction (PostgreSQL aborts a transaction after a failed insert).
 */
@Component
public class JobLock {
    /** This node: process id and host name, as the JVM reports them. */
    public static final String NODE = ManagementFactory.getRuntimeMXBean().getName();
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock = Clock.systemUTC();

    JobLock(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Runs the job if this node can take the lock {@code name} (free, or expired); holds it at most {@code atMost}
     * and releases it afterwards.
     *
     * @return whether the job ran here
     */
    public boolean runExclusively(String name, Duration atMost, Runnable job) {
        if (!take(name, atMost)) {
            return false;
        }
        try {
            job.run();
        } finally {
            tx.executeWithoutResult(s -> jdbc.sql("update job_lock set locked_until = ? where name = ? and locked_by = ?")
                    .params(now(), name, NODE).update());
        }
        return true;
    }

    private boolean take(String name, Duration atMost) {
        LocalDateTime now = now();
        Boolean taken = tx.execute(s -> jdbc.sql("update job_lock set locked_until = ?, locked_at = ?, locked_by = ? where name = ? and locked_until <= ?")
                .params(now.plus(atMost), now, NODE, name, now).update() == 1);
        if (Boolean.TRUE.equals(taken)) {
            return true;
        }
        try {
            return Boolean.TRUE.equals(tx.execute(s -> jdbc.sql("insert into job_lock (name, locked_until, locked_at, locked_by) values (?, ?, ?, ?)")
                    .params(name, now.plus(atMost), now, NODE).update() == 1));
        } catch (DuplicateKeyException e) {
            return false; // the row exists and another node holds it
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
