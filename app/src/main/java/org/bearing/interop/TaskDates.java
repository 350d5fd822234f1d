package org.bearing.interop;

import java.time.LocalDateTime;

/**
 * The critical-path result of one task: early and late dates, total and free slack in working minutes of the
 * task's own calendar (minutes per day as the file defines them), and the critical flag.
 * Any field may be null when the tool that saved the file did not store it.
 */
public record TaskDates(int uniqueId, String name,
                        LocalDateTime earlyStart, LocalDateTime earlyFinish,
                        LocalDateTime lateStart, LocalDateTime lateFinish,
                        Long totalSlackMinutes, Long freeSlackMinutes, Boolean critical) {

    /**
     * True when the early and late dates are present: the task can be compared. Slack and the critical flag are
     * compared too when present (P6's XER files, for one, store no free float).
     */
    public boolean comparable() {
        return earlyStart != null && earlyFinish != null && lateStart != null && lateFinish != null;
    }
}
