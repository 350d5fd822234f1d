/** Tables of the cost module: earned value snapshots and actuals. */
package org.bearing.cost.persistence;
