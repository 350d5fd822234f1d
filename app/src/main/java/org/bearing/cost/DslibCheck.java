package org.bearing.cost;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.bearing.engine.calendar.WorkCalendar;
import org.bearing.engine.calendar.WorkingHours;
import org.bearing.engine.earnedvalue.Baseline;
import org.bearing.engine.earnedvalue.Breakdown;
import org.bearing.engine.earnedvalue.EarnedValueHistory;
import org.bearing.engine.earnedvalue.EarnedValueMeasures;
import org.bearing.engine.earnedvalue.EvMethod;
import org.bearing.engine.earnedvalue.StatusUpdate;
import org.bearing.engine.earnedvalue.TimeAxis;

/**
 * Recomputes each DSLIB project's tracking overview with Bearing's earned value engine and compares it with what
 * DSLIB reported. The model, learnt from the workbooks: time in working hours on the project's agenda; an activity's
 * fixed cost accrues at its start, the rest linearly over its baseline working hours; EV = fixed cost once started
 * + % complete × the rest; AC = Σ actual cost. DSLIB reports ES in whole working hours, rounded away from AT (see
 * {@link #dslibResolution}), and SV(t), SPI(t) from that ES; the check compares ES, SV(t) and SPI(t) at that
 * resolution, while the engine's own ES is Lipke's exact interpolation.
 *
 * <p>A value matches when |ours − DSLIB| ≤ 0.5 % of |DSLIB| (plus 10⁻⁶ of BAC for money and 10⁻⁶ for time and
 * ratios, so that two zeros match). Blank DSLIB cells are not compared.
 */
public final class DslibCheck {
    /** Relative tolerance of a match: 0.5 %. */
    public static final double TOLERANCE = 0.005;

    private static final DslibMeasure[] MEASURES = DslibMeasure.values();

    /**
     * Result for one project.
     *
     * @param name project (file) name
     * @param periods tracking periods compared
     * @param matched per {@link DslibMeasure} ordinal, values within tolerance
     * @param compared per {@link DslibMeasure} ordinal, values compared
     * @param differences one line per measure that differs: count, first period and values
     * @param skipped why the project was not compared, or null
     */
    public record ProjectResult(String name, int periods, int[] matched, int[] compared, List<String> differences,
            String skipped) {
        public boolean differs() {
            return !differences.isEmpty();
        }
    }

    /** Results of a whole directory with the totals per measure. */
    public record Report(List<ProjectResult> projects, int[] matched, int[] compared) {
        public int matchedAll() {
            return java.util.Arrays.stream(matched).sum();
        }

        public int comparedAll() {
            return java.util.Arrays.stream(compared).sum();
        }
    }

    private final DslibWorkbookReader reader = new DslibWorkbookReader();

    /** The DSLIB directory ({@code shared/data/dslib}) found by walking up from the working directory. */
    public static Optional<Path> locate() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("shared").resolve("data").resolve("dslib");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
            dir = dir.getParent();
        }
        return Optional.empty();
    }

    /** The project workbooks of a DSLIB directory (or of its {@code Excel} folder), sorted by name. */
    public static List<Path> workbooks(Path dir) {
        Path excel = Files.isDirectory(dir.resolve("Excel")) ? dir.resolve("Excel") : dir;
        try (Stream<Path> files = Files.list(excel)) {
            return files.filter(f -> f.getFileName().toString().matches("C\\d{4}-.*\\.xlsx")).sorted().toList();
        } catch (java.io.IOException e) {
            throw new DslibFormatException("cannot list " + excel + ": " + e.getMessage(), e);
        }
    }

    /** Checks the given workbooks; a workbook that cannot be read is reported as not compared, with the reason. */
    public Report run(List<Path> files) {
        List<ProjectResult> results = new ArrayList<>();
        for (Path f : files) {
            try {
                results.add(check(reader.read(f)));
            } catch (DslibFormatException e) {
                results.add(new ProjectResult(f.getFileName().toString(), 0, new int[MEASURES.length],
                        new int[MEASURES.length], List.of(), e.getMessage()));
            }
        }
        return summarize(results);
    }

    /** Totals per measure over project results. */
    public static Report summarize(List<ProjectResult> results) {
        int[] matched = new int[MEASURES.length];
        int[] compared = new int[MEASURES.length];
        for (ProjectResult r : results) {
            for (int m = 0; m < MEASURES.length; m++) {
                matched[m] += r.matched()[m];
                compared[m] += r.compared()[m];
            }
        }
        return new Report(List.copyOf(results), matched, compared);
    }

    /** Recomputes and compares one project. */
    public ProjectResult check(DslibProject p) {
        int[] matched = new int[MEASURES.length];
        int[] compared = new int[MEASURES.length];
        if (p.periods().isEmpty()) {
            return new ProjectResult(p.name(), 0, matched, compared, List.of(), "no tracking periods");
        }
        if (p.reported().isEmpty()) {
            return new ProjectResult(p.name(), 0, matched, compared, List.of(),
                    p.periods().size() + " tracking periods but no Tracking Overview to compare with");
        }
        if (p.activities().isEmpty()) {
            return new ProjectResult(p.name(), 0, matched, compared, List.of(), "no activities with baseline dates");
        }
        Recomputed rc = recompute(p);
        TimeAxis axis = rc.axis();
        List<DslibProject.Period> used = rc.periods();
        EarnedValueHistory history = rc.history();
        int root = 0;
        double bac = history.measures(root, 0).bac();
        Map<LocalDateTime, DslibProject.Reported> byDate = new HashMap<>();
        for (DslibProject.Reported r : p.reported()) {
            byDate.putIfAbsent(r.statusDate(), r);
        }
        double hoursPerDay = p.hoursPerDay() > 0 ? p.hoursPerDay() : 8;
        String[] firstDifference = new String[MEASURES.length];
        int[] differing = new int[MEASURES.length];
        int periods = 0;
        for (int k = 0; k < used.size(); k++) {
            DslibProject.Reported r = byDate.get(used.get(k).statusDate());
            if (r == null) {
                continue;
            }
            periods++;
            EarnedValueMeasures m = history.measures(root, k);
            double es = dslibResolution(m.es(), m.at());
            double[] ours = {m.pv(), m.ev(), m.ac(), es, m.sv(), m.spi(), m.cv(), m.cpi(), (es - m.at()) / hoursPerDay,
                es / m.at()};
            double[] theirs = {r.pv(), r.ev(), r.ac(), r.es() == null ? Double.NaN : axis.at(r.es()), r.sv(), r.spi(),
                r.cv(), r.cpi(), r.svtDays(), r.spit()};
            for (int j = 0; j < MEASURES.length; j++) {
                if (Double.isNaN(theirs[j])) {
                    continue;
                }
                compared[j]++;
                boolean money = j == 0 || j == 1 || j == 2 || j == 4 || j == 6;
                double slack = money ? 1e-6 * Math.max(1, bac) : 1e-6;
                if (Math.abs(ours[j] - theirs[j]) <= TOLERANCE * Math.abs(theirs[j]) + slack) {
                    matched[j]++;
                } else {
                    if (differing[j]++ == 0) {
                        firstDifference[j] = String.format(Locale.ROOT, "first at %s: %s vs DSLIB %s",
                                used.get(k).name(), format(ours[j]), format(theirs[j]));
                    }
                }
            }
        }
        List<String> differences = new ArrayList<>();
        for (int j = 0; j < MEASURES.length; j++) {
            if (differing[j] > 0) {
                differences.add(String.format(Locale.ROOT, "%s differs in %d of %d periods, %s", MEASURES[j].label(),
                        differing[j], compared[j], firstDifference[j]));
            }
        }
        return new ProjectResult(p.name(), periods, matched, compared, differences, null);
    }

    /**
     * A DSLIB project recomputed by the engine: its time axis (working hours), the periods used (repeated status
     * dates dropped) and the history whose node 0 is the project.
     */
    public record Recomputed(TimeAxis axis, List<DslibProject.Period> periods, EarnedValueHistory history) {
    }

    /** Recomputes the earned value history of a project with at least one tracking period and one activity. */
    public static Recomputed recompute(DslibProject p) {
        TimeAxis axis = TimeAxis.working(calendar(p), p.start(), 60);
        Breakdown tree = new Breakdown();
        int root = tree.root(p.name(), Breakdown.Level.PROJECT);
        Baseline.Builder b = Baseline.builder(tree);
        for (DslibProject.Activity a : p.activities()) {
            double fixed = Math.max(0, a.fixedCost());
            double rest = Math.max(0, a.totalCost() - fixed);
            b.task(root, axis.at(a.baselineStart()), axis.at(a.baselineEnd()), fixed, rest, 0, EvMethod.PERCENT_COMPLETE);
        }
        Baseline baseline = b.build();
        List<StatusUpdate> updates = new ArrayList<>();
        List<DslibProject.Period> used = new ArrayList<>();
        for (DslibProject.Period period : p.periods()) {
            double t = axis.at(period.statusDate());
            if (!updates.isEmpty() && !(t > updates.get(updates.size() - 1).statusTime())) {
                continue; // a repeated status date adds nothing to compare
            }
            StatusUpdate u = new StatusUpdate(baseline.taskCount(), t);
            for (int i = 0; i < baseline.taskCount(); i++) {
                DslibProject.Progress g = period.progress().get(i);
                if (g != null) {
                    u.progress(i, g.started(), g.percentComplete(), Math.max(0, g.actualCost()));
                    u.estimateToComplete(i, g.remainingCost());
                }
            }
            updates.add(u);
            used.add(period);
        }
        return new Recomputed(axis, used, EarnedValueHistory.compute(baseline, updates));
    }

    /**
     * Lipke's ES (working hours) at DSLIB's resolution: whole hours, rounded away from AT (up when ahead of schedule,
     * down when behind), as DSLIB's tracking overviews show: the nearest whole hour at which the baseline had planned
     * at least (ahead) or at most (behind) the earned value.
     */
    static double dslibResolution(double es, double at) {
        return es > at ? Math.ceil(es - 1e-6) : Math.floor(es + 1e-6);
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.2f" : "%.4f", v);
    }

    /** The agenda as a {@link WorkCalendar}; the standard calendar when the workbook has none. */
    public static WorkCalendar calendar(DslibProject p) {
        if (p.workingHours().length == 0 || p.workingDays().isEmpty()) {
            return WorkCalendar.standard();
        }
        WorkingHours hours = WorkingHours.of(p.workingHours());
        WorkCalendar.Builder b = WorkCalendar.builder(p.name());
        for (DayOfWeek d : DayOfWeek.values()) {
            b.day(d, p.workingDays().contains(d.getValue()) ? hours : WorkingHours.NONE);
        }
        for (LocalDate h : p.holidays()) {
            b.holiday(h);
        }
        return b.build();
    }
}
