/** Peer benchmarks run outside the product: OR-Tools CP-SAT on the PSPLIB instances that Bearing's leveling runs. */
package org.bearing.bench;
