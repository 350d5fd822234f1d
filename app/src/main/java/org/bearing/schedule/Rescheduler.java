package org.bearing.schedule;

import java.util.HashSet;
import java.util.Set;
import org.bearing.plan.PlanChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps every task's scheduled start and finish current: just before a plan change commits, the project is
 * rescheduled and the new dates are written in the same transaction, so readers never see a plan and a schedule that
 * disagree. A transaction that changes a project many times reschedules it once.
 */
@Component
class Rescheduler {
    private static final Object KEY = new Object();
    private final Scheduling scheduling;

    Rescheduler(Scheduling scheduling) {
        this.scheduling = scheduling;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(PlanChanged event) {
        if (!doneInThisTransaction().add(event.projectId())) {
            return;
        }
        scheduling.reschedule(event.projectId());
    }

    @SuppressWarnings("unchecked")
    private static Set<Long> doneInThisTransaction() {
        Set<Long> done = (Set<Long>) TransactionSynchronizationManager.getResource(KEY);
        if (done == null) {
            Set<Long> fresh = new HashSet<>();
            TransactionSynchronizationManager.bindResource(KEY, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
                }
            });
            return fresh;
        }
        return done;
    }
}
