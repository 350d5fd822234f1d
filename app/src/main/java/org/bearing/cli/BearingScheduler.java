package org.bearing.cli;

import org.bearing.interop.Rescheduler;

/** Bearing's critical-path scheduler for the file commands, when the engine provides one. */
final class BearingScheduler {
    private BearingScheduler() {
    }

    /** Bearing's scheduler, or null while the engine's scheduler is not part of this build. */
    static Rescheduler available() {
        return null;
    }
}
