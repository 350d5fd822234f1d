/** Interop's own rows: pending plan-replacement previews, and read-only counts of what points at a project's tasks. */
package org.bearing.interop.persistence;
