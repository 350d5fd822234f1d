package org.bearing.cost;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.bearing.cost.persistence.SnapshotStore;
import org.bearing.engine.earnedvalue.Granularity;
import org.bearing.plan.PlanChanged;
import org.bearing.plan.Project;
import org.bearing.plan.Projects;
import org.bearing.plan.StatusDateMoved;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Earned value history: one snapshot of the project's measures per status date. When the status date moves, the
 * measures at the new date are recorded; while it stays, plan changes (progress entered after moving the date) refresh
 * that date's snapshot, as do decisions on actuals, so each reporting period keeps the measures as last reported for it. Both run just before the
 * change commits, after the reschedule, in the same transaction: a snapshot never outlives a rolled-back change.
 * A project without a baseline has no earned value and gets no snapshot.
 */
@Service
@Transactional
public class EarnedValueSnapshots {
    private final EarnedValues earnedValues;
    private final SnapshotStore store;
    private final Projects projects;

    EarnedValueSnapshots(EarnedValues earnedValues, SnapshotStore store, Projects projects) {
        this.earnedValues = earnedValues;
        this.store = store;
        this.projects = projects;
    }

    /** The project's snapshots, oldest status date first. */
    @Transactional(readOnly = true)
    public List<EarnedValueSnapshot> history(long projectId) {
        projects.get(projectId);
        return store.history(projectId);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(StatusDateMoved event) {
        record(event.projectId());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(PlanChanged event) {
        refresh(event.projectId());
    }

    /** An approved (or rejected) actual changes AC at the current status date. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(ActualCostChanged event) {
        refresh(event.projectId());
    }

    private void refresh(long projectId) {
        Project project = projects.get(projectId);
        if (project.statusDate() != null && store.exists(projectId, project.statusDate())) {
            record(projectId);
        }
    }

    /** Records (or refreshes) the snapshot of the project's current status date; false without a baseline. */
    boolean record(long projectId) {
        Optional<EarnedValueReport> report = earnedValues.reportIfBaselined(projectId, Granularity.MONTH);
        report.ifPresent(r -> store.save(projectId, EarnedValueSnapshot.of(r, LocalDateTime.now(ZoneOffset.UTC))));
        return report.isPresent();
    }
}
