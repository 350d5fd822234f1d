/** Plain-Java engines for scheduling, leveling, earned value and risk, free of framework and storage types. */
package org.bearing.engine;
