/** Critical-path scheduling of task networks: links, lags, constraints, progress, float and driving logic. */
package org.bearing.engine.schedule;
