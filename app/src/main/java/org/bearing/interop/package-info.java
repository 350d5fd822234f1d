/**
 * Interop: reads MS Project, Primavera P6 and other schedule files (through MPXJ, kept inside this module) into
 * Bearing's own {@link org.bearing.interop.ImportedSchedule} and imports them as projects, reads
 * Jira (CSV, REST JSON) and Azure DevOps (CSV) exports into the same model plus an
 * {@link org.bearing.interop.ImportedBacklog} the delivery module records, writes projects back out
 * (MSPDI, XER, PMXML, XLSX, CSV, JSON, iCalendar), and checks scheduling fidelity against the tools' own dates.
 */
package org.bearing.interop;
