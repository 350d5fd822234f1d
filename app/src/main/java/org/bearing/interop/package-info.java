/**
 * Interop: reads MS Project, Primavera P6 and other schedule files (through MPXJ, kept inside this module) into
 * Bearing's own {@link org.bearing.interop.ImportedSchedule} and imports them as projects, writes projects back out
 * (MSPDI, XER, PMXML, XLSX, CSV, JSON, iCalendar), and checks scheduling fidelity against the tools' own dates.
 */
package org.bearing.interop;
