package org.bearing.interop;

/**
 * A resource as the file defines it, in Bearing's units.
 *
 * @param type         WORK (people, equipment: booked by time), MATERIAL (booked by quantity) or COST (money only)
 * @param maxUnits     capacity as a fraction (1 = one full-time person); null when the file does not say
 * @param standardRate cost per hour of work (work resources) or per unit (material); 0 when none
 * @param calendarId   the resource's own calendar, null when it has none
 */
public record ImportedResource(int uniqueId, String name, Type type, String initials, String group, String email,
                               String materialLabel, Double maxUnits, double standardRate, double overtimeRate,
                               double costPerUse, String calendarId) {

    /** The kinds of resource MS Project and P6 share. */
    public enum Type { WORK, MATERIAL, COST }
}
