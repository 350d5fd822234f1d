package org.bearing.workspace;

/**
 * What a user typed into one task's row of the earned value page (method name and physical % complete, as typed) and
 * what was wrong with it, to show the row again with each message beside its field.
 */
public record EarnedValueTaskEdit(long taskId, String evMethod, String physicalPercentComplete, FormErrors errors) {
}
