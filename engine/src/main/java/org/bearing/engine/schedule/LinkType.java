package org.bearing.engine.schedule;

/**
 * The kind of a dependency link between a predecessor P and a successor S (lag L added to P's date):
 * FS: S starts no earlier than P finishes + L; SS: S starts no earlier than P starts + L;
 * FF: S finishes no earlier than P finishes + L; SF: S finishes no earlier than P starts + L.
 */
public enum LinkType {
    FINISH_TO_START, START_TO_START, FINISH_TO_FINISH, START_TO_FINISH;

    /** Short code as shown by MS Project and P6: FS, SS, FF, SF. */
    public String code() {
        return switch (this) {
            case FINISH_TO_START -> "FS";
            case START_TO_START -> "SS";
            case FINISH_TO_FINISH -> "FF";
            case START_TO_FINISH -> "SF";
        };
    }

    boolean fromStart() {
        return this == START_TO_START || this == START_TO_FINISH;
    }

    boolean toFinish() {
        return this == FINISH_TO_FINISH || this == START_TO_FINISH;
    }
}
