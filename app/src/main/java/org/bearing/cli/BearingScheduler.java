package org.bearing.cli;

import org.bearing.interop.CriticalPathScheduler;

/** Bearing's critical-path scheduler for the file commands, when the engine provides one. */
final class BearingScheduler {
    private BearingScheduler() {
    }

    /** Bearing's scheduler, or null while the engine's scheduler is not part of this build. */
    static CriticalPathScheduler available() {
        return null;
    }
}
