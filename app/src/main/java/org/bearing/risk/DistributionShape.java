package org.bearing.risk;

import org.bearing.engine.risk.ThreePointEstimate;

/**
 * The shape drawn through a three-point estimate (min, most likely, max). NORMAL and LOGNORMAL take the Beta-PERT
 * mean (min + 4 × most likely + max) / 6 and standard deviation (max − min) / 6.
 */
public enum DistributionShape {
    TRIANGULAR, BETA_PERT, UNIFORM, NORMAL, LOGNORMAL;

    ThreePointEstimate.Shape engine() {
        return this == BETA_PERT ? ThreePointEstimate.Shape.PERT : ThreePointEstimate.Shape.valueOf(name());
    }
}
