package org.bearing.cost.web;

import org.bearing.cost.EarnedValueReport;
import org.bearing.cost.EarnedValues;
import org.bearing.engine.earnedvalue.Granularity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Earned value and earned schedule of a project at its status date, with the S-curve data. */
@RestController
class EarnedValueController {
    private final EarnedValues earnedValues;

    EarnedValueController(EarnedValues earnedValues) {
        this.earnedValues = earnedValues;
    }

    @GetMapping("/api/v1/projects/{projectId}/earned-value")
    EarnedValueReport report(@PathVariable long projectId, @RequestParam(required = false) Integer baseline,
                             @RequestParam(defaultValue = "WEEK") Granularity granularity) {
        return earnedValues.report(projectId, baseline, granularity);
    }
}
