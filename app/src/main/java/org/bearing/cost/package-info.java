/**
 * Cost control: earned value of real projects, starting with the DSLIB check that recomputes each project's tracking
 * overview from its baseline and tracking periods (Apache POI is kept inside this module).
 */
package org.bearing.cost;
