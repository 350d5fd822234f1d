package org.bearing.cli;

import org.bearing.interop.EngineRescheduler;
import org.bearing.interop.Rescheduler;

/** Bearing's critical-path scheduler for the file commands. */
final class BearingScheduler {
    private BearingScheduler() {
    }

    /** Bearing's scheduler: the engine's critical-path scheduler behind the interop mapping. */
    static Rescheduler available() {
        return new EngineRescheduler();
    }
}
