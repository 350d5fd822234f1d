package org.bearing.interop;

/** The family of tool that saved a schedule file; it decides which scheduling rules reproduce the stored dates. */
public enum ScheduleFormat {
    /** Microsoft Project (MPP, MSPDI, MPX). */
    MS_PROJECT,
    /** Oracle Primavera P6 (XER, PMXML). */
    PRIMAVERA,
    /** Tools that store only start, duration and finish (GanttProject, Planner, ...). */
    OTHER,
    /** Issue trackers (Jira, Azure DevOps): work items with estimates and links but no schedule dates. */
    WORK_TRACKER
}
