/** Earned value and earned schedule: time-phased PV, EV and AC against a baseline, performance indices, forecasts and roll-ups per status date. */
package org.bearing.engine.earnedvalue;
