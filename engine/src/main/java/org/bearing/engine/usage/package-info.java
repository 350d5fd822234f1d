/** Resource usage over time: work booked per resource and period against capacity, with over-allocation. */
package org.bearing.engine.usage;
