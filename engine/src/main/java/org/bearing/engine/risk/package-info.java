/** Monte Carlo schedule and cost risk: three-point estimates, correlated sampling, risk events, percentiles, criticality and sensitivity. */
package org.bearing.engine.risk;
