/** The project schedule: the critical path computed by the engine from the plan, kept current on every plan change. */
package org.bearing.schedule;
