package org.bearing.cost.web;

import org.bearing.cost.EarnedValueSnapshots;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Browser fragments of the cost module, loaded into the earned value page by htmx. */
@Controller
class CostPages {
    private final EarnedValueSnapshots snapshots;

    CostPages(EarnedValueSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    /** The earned value history: SPI / SPI(t) / CPI trend chart and the table of snapshots per status date. */
    @GetMapping("/projects/{id}/earned-value/history")
    String history(@PathVariable long id, Model model) {
        var history = snapshots.history(id);
        model.addAttribute("projectId", id);
        model.addAttribute("history", history);
        model.addAttribute("chart", TrendChart.svg(history));
        return "cost/ev-history";
    }
}
