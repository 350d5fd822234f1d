package org.bearing.plan;

/**
 * Date constraints of MS Project (ASAP .. MFO) and Primavera P6 (START_ON .. MANDATORY_FINISH).
 * Every type but ASAP and ALAP needs a constraint date.
 */
public enum ConstraintType {
    ASAP, ALAP, SNET, SNLT, FNET, FNLT, MSO, MFO, START_ON, FINISH_ON, MANDATORY_START, MANDATORY_FINISH;

    public boolean needsDate() {
        return this != ASAP && this != ALAP;
    }
}
