package org.bearing.plan;

import org.bearing.platform.InvalidFieldException;

/** Consistency rules of one task's own fields, checked before every write. */
public final class TaskRules {
    private TaskRules() {
    }

    public static void check(TaskDraft d) {
        ConstraintType type = d.constraintType() == null ? ConstraintType.ASAP : d.constraintType();
        if (type.needsDate() && d.constraintDate() == null) {
            throw new InvalidFieldException("constraintDate", "constraintDate is required for a " + type + " constraint");
        }
        if (d.actualFinish() != null && d.actualStart() == null) {
            throw new InvalidFieldException("actualStart", "actualStart is required when actualFinish is set");
        }
        if (d.actualFinish() != null && d.actualFinish().isBefore(d.actualStart())) {
            throw new InvalidFieldException("actualFinish", "actualFinish " + d.actualFinish() + " is before actualStart " + d.actualStart());
        }
        if (d.plannedStart() != null && d.plannedFinish() != null && d.plannedFinish().isBefore(d.plannedStart())) {
            throw new InvalidFieldException("plannedFinish", "plannedFinish is before plannedStart");
        }
    }
}
