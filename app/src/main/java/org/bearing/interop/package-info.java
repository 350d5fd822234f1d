/**
 * Interop: reads MS Project, Primavera P6 and other schedule files (through MPXJ, kept inside this module)
 * into Bearing's own {@link org.bearing.interop.ImportedSchedule} and checks scheduling fidelity against them.
 */
package org.bearing.interop;
