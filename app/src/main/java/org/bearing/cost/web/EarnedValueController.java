package org.bearing.cost.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.bearing.cost.EarnedValueReport;
import org.bearing.cost.EarnedValueSnapshot;
import org.bearing.cost.EarnedValueSnapshots;
import org.bearing.cost.EarnedValues;
import org.bearing.cost.SCurve;
import org.bearing.cost.SCurves;
import org.bearing.engine.earnedvalue.Granularity;
import org.bearing.platform.InvalidFieldException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Earned value and earned schedule of a project at its status date, with the S-curve data. */
@RestController
class EarnedValueController {
    private final EarnedValues earnedValues;
    private final EarnedValueSnapshots snapshots;
    private final SCurves sCurves;

    EarnedValueController(EarnedValues earnedValues, EarnedValueSnapshots snapshots, SCurves sCurves) {
        this.sCurves = sCurves;
        this.earnedValues = earnedValues;
        this.snapshots = snapshots;
    }

    /** The measures per reporting period: one snapshot per status date the project has had, oldest first. */
    record History(long projectId, List<EarnedValueSnapshot> periods) {
    }

    /**
     * The earned value tables as a file: XLSX with a sheet per table (measures by WBS, measures by task with its earned
     * value method, time-phased PV/EV/AC, history, S-curve) or CSV of one table
     * ({@code table=measures|tasks|time-phased|history|s-curve}, default measures). {@code granularity} (DAY, WEEK or
     * MONTH, default WEEK as on the earned value page) sets the periods of the time-phased and S-curve tables; the S-curve
     * rows are the points of {@code /earned-value/s-curve} with the same granularity. The second path serves the
     * same file to the browser's session (the API takes Basic or token authentication only).
     */
    @GetMapping({"/api/v1/projects/{projectId}/earned-value/export", "/projects/{projectId}/earned-value/export"})
    ResponseEntity<byte[]> export(@PathVariable long projectId, @RequestParam(defaultValue = "xlsx") String format,
                                  @RequestParam(defaultValue = "measures") String table,
                                  @RequestParam(required = false) Integer baseline,
                                  @RequestParam(defaultValue = "WEEK") Granularity granularity) {
        EarnedValueExport.Table t = switch (table) {
            case "measures" -> EarnedValueExport.Table.MEASURES;
            case "tasks" -> EarnedValueExport.Table.TASKS;
            case "time-phased" -> EarnedValueExport.Table.TIME_PHASED;
            case "history" -> EarnedValueExport.Table.HISTORY;
            case "s-curve" -> EarnedValueExport.Table.S_CURVE;
            default -> throw new InvalidFieldException("table", "table must be measures, tasks, time-phased, history or s-curve, not '"
                    + table + "'");
        };
        if (!format.equals("csv") && !format.equals("xlsx")) {
            throw new InvalidFieldException("format", "format must be csv or xlsx, not '" + format + "'");
        }
        // the S-curve costs a time-phased measurement per period: only taken for a file that holds it
        SCurves.Page page = format.equals("csv") && t != EarnedValueExport.Table.S_CURVE
                ? new SCurves.Page(earnedValues.report(projectId, baseline, granularity), null, null)
                : sCurves.page(projectId, baseline, granularity);
        List<EarnedValueSnapshot> history = snapshots.history(projectId);
        String name = "earned-value-" + projectId + "-" + page.report().statusDate();
        if (format.equals("csv")) {
            String suffix = t == EarnedValueExport.Table.S_CURVE || t == EarnedValueExport.Table.TIME_PHASED
                    ? table + "-" + granularity.name().toLowerCase(java.util.Locale.ROOT) : table;
            return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "-" + suffix + ".csv\"")
                    .body(EarnedValueExport.csv(page, history, t).getBytes(StandardCharsets.UTF_8));
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".xlsx\"")
                .body(EarnedValueExport.xlsx(page, history));
    }

    @GetMapping("/api/v1/projects/{projectId}/earned-value/history")
    History history(@PathVariable long projectId) {
        return new History(projectId, snapshots.history(projectId));
    }

    /**
     * The S-curve: per period (DAY, WEEK or MONTH) cumulative PV against the baseline, EV and AC up to the status date
     * and the forecast to the forecast finish (see {@link SCurve}).
     */
    @GetMapping("/api/v1/projects/{projectId}/earned-value/s-curve")
    SCurve sCurve(@PathVariable long projectId, @RequestParam(required = false) Integer baseline,
                  @RequestParam(defaultValue = "WEEK") Granularity granularity) {
        return sCurves.sCurve(projectId, baseline, granularity);
    }

    @GetMapping("/api/v1/projects/{projectId}/earned-value")
    EarnedValueReport report(@PathVariable long projectId, @RequestParam(required = false) Integer baseline,
                             @RequestParam(defaultValue = "WEEK") Granularity granularity) {
        return earnedValues.report(projectId, baseline, granularity);
    }
}
