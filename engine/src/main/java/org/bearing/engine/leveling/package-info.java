/** Resource leveling: resource-constrained scheduling of tasks with integer durations, dependencies and renewable resources. */
package org.bearing.engine.leveling;
