package org.bearing.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws a schedule as an SVG Gantt chart on the server, so that the page and a printed report show the same
 * drawing: the WBS names, task bars with progress, summary brackets, milestone diamonds, the critical path in red,
 * dependency arrows, baseline bars, and lines for today and the status date.
 */
public final class GanttChart {
    /** How much time one screen pixel covers. */
    public enum Zoom {
        DAY(30), WEEK(8), MONTH(2.2), QUARTER(0.8);

        final double pixelsPerDay;

        Zoom(double pixelsPerDay) {
            this.pixelsPerDay = pixelsPerDay;
        }
    }

    /** A dependency to draw, by task ids. */
    public record Link(long predecessorId, long successorId, String type) {
    }

    /** A baseline bar to draw under a task. */
    public record BaselineBar(LocalDateTime start, LocalDateTime finish) {
    }

    private static final int ROW = 24;
    private static final int HEADER = 44;
    private static final int NAMES = 300;

    private GanttChart() {
    }

    /**
     * The styles of the drawing, inside the SVG so that it stands alone (a saved or printed chart looks the same).
     * Bars carry a class, not their own colours: at 5,000 tasks repeated attributes are most of the bytes.
     */
    private static final String STYLE = "<style>"
            + ".band{fill:#f6f8fa}.head{fill:#eef2f6}.grid{stroke:#e4e7ec}.sep{stroke:#d0d5dd}"
            + ".mo{fill:#344054}.wk{fill:#667085;font-size:10px}.th{font-weight:600}"
            + ".sum{font-weight:600}.crit{fill:#b42318}"
            + ".bar{fill:#4e8cde}.bar.critical{fill:#f04438}.done{fill:#101828;opacity:.7}.baseline{fill:#98a2b3}"
            + ".summary{fill:#1d2939}.milestone{fill:#101828}.milestone.critical{fill:#d92d20}"
            + ".link{fill:none;stroke:#5b6573}.link.critical{stroke:#d92d20}"
            + ".today{stroke:#2e90fa;stroke-dasharray:4 3}.status{stroke:#7a5af8;stroke-dasharray:4 3}"
            + "</style>\n";

    public static String svg(ProjectSchedule schedule, List<Link> links, Map<Long, BaselineBar> baseline, LocalDate statusDate,
                             LocalDate today, Zoom zoom) {
        List<ScheduledTask> tasks = schedule.tasks();
        LocalDate from = schedule.projectStart() == null ? today : schedule.projectStart().toLocalDate().minusDays(3);
        LocalDate to = schedule.projectFinish() == null ? today : schedule.projectFinish().toLocalDate().plusDays(10);
        for (BaselineBar b : baseline.values()) {
            if (b.finish() != null && b.finish().toLocalDate().isAfter(to)) {
                to = b.finish().toLocalDate().plusDays(10);
            }
        }
        Axis axis = new Axis(from, zoom.pixelsPerDay);
        int chartWidth = (int) Math.ceil(ChronoUnit.DAYS.between(from, to) * axis.ppd);
        int width = NAMES + chartWidth + 20;
        int height = HEADER + tasks.size() * ROW + 10;
        StringBuilder svg = new StringBuilder(4096 + tasks.size() * 260 + links.size() * 70);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"gantt\" role=\"img\" aria-label=\"Gantt chart of ")
                .append(tasks.size()).append(" tasks\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" font-family=\"system-ui, sans-serif\" font-size=\"12\">\n").append(STYLE);
        // One pattern paints the alternate row bands: one element instead of one per two rows.
        svg.append("<defs><pattern id=\"rows\" width=\"8\" height=\"").append(2 * ROW).append("\" patternUnits=\"userSpaceOnUse\" y=\"")
                .append(HEADER).append("\"><rect class=\"band\" y=\"").append(ROW).append("\" width=\"8\" height=\"").append(ROW)
                .append("\"/></pattern></defs>\n");
        svg.append("<rect x=\"0\" y=\"").append(HEADER).append("\" width=\"").append(width).append("\" height=\"").append(tasks.size() * ROW)
                .append("\" fill=\"url(#rows)\"/>\n");
        header(svg, from, to, axis, height);
        StringBuilder baselines = new StringBuilder(baseline.isEmpty() ? 16 : tasks.size() * 24);
        StringBuilder progress = new StringBuilder();
        Map<Long, Integer> rowOf = new HashMap<>(tasks.size() * 2);
        for (int r = 0; r < tasks.size(); r++) {
            rowOf.put(tasks.get(r).taskId(), r);
        }
        for (int r = 0; r < tasks.size(); r++) {
            ScheduledTask t = tasks.get(r);
            int y = HEADER + r * ROW;
            String name = t.name();
            int max = 40 - (t.outlineLevel() - 1) * 2;
            svg.append("<text x=\"").append(8 + (t.outlineLevel() - 1) * 14).append("\" y=\"").append(y + 16).append('"')
                    .append(t.summary() ? " class=\"sum\"" : t.critical() ? " class=\"crit\"" : "").append('>');
            if (name.length() <= max) {
                escape(svg, name);
            } else {
                escape(svg, name.substring(0, Math.max(1, max - 1)));
                svg.append("…<title>");
                escape(svg, name);
                svg.append("</title>");
            }
            svg.append("</text>\n");
            BaselineBar b = baseline.get(t.taskId());
            if (b != null && b.start() != null && b.finish() != null) {
                double bx = axis.x(b.start());
                baselines.append('M');
                num(baselines, bx).append(',').append(y + 17).append('h');
                num(baselines, Math.max(2, axis.x(b.finish()) - bx)).append("v4H");
                num(baselines, bx).append('z');
            }
            bar(svg, t, axis, y, progress);
        }
        // Baseline bars, progress lines and links are each drawn as one path of many segments: a browser lays out
        // three elements instead of thousands, and nothing in them needs its own tooltip.
        if (baselines.length() > 0) {
            svg.append("<path class=\"baseline\" d=\"").append(baselines).append("\"><title>Baseline</title></path>\n");
        }
        if (progress.length() > 0) {
            svg.append("<path class=\"done\" d=\"").append(progress).append("\"/>\n");
        }
        StringBuilder normal = new StringBuilder(links.size() * 40);
        StringBuilder critical = new StringBuilder();
        for (Link l : links) {
            Integer pr = rowOf.get(l.predecessorId());
            Integer sr = rowOf.get(l.successorId());
            if (pr == null || sr == null) {
                continue;
            }
            ScheduledTask p = tasks.get(pr);
            ScheduledTask q = tasks.get(sr);
            arrow(p.critical() && q.critical() ? critical : normal, p, pr, q, sr, l.type(), axis);
        }
        if (normal.length() > 0) {
            svg.append("<path class=\"link\" d=\"").append(normal).append("\"/>\n");
        }
        if (critical.length() > 0) {
            svg.append("<path class=\"link critical\" d=\"").append(critical).append("\"/>\n");
        }
        line(svg, axis, today, height, "today", "Today");
        if (statusDate != null) {
            line(svg, axis, statusDate.plusDays(1), height, "status", "Status date");
        }
        svg.append("<line class=\"sep\" x1=\"").append(NAMES - 0.5).append("\" y1=\"0\" x2=\"").append(NAMES - 0.5).append("\" y2=\"").append(height)
                .append("\"/>\n</svg>\n");
        return svg.toString();
    }

    /** Time to pixels: minutes since the chart's first day, scaled by the zoom. */
    private static final class Axis {
        final long originMinute;
        final double ppd;

        Axis(LocalDate from, double ppd) {
            this.originMinute = from.toEpochDay() * 1440;
            this.ppd = ppd;
        }

        double x(LocalDateTime t) {
            long minute = t.toLocalDate().toEpochDay() * 1440 + t.getHour() * 60L + t.getMinute();
            return NAMES + (minute - originMinute) / 1440.0 * ppd;
        }
    }

    private static void header(StringBuilder svg, LocalDate from, LocalDate to, Axis axis, int height) {
        svg.append("<rect class=\"head\" x=\"0\" y=\"0\" width=\"100%\" height=\"").append(HEADER).append("\"/>\n");
        svg.append("<text class=\"th\" x=\"8\" y=\"28\">Task</text>\n");
        double ppd = axis.ppd;
        for (LocalDate d = from.withDayOfMonth(1); d.isBefore(to); d = d.plusMonths(1)) {
            double x = Math.max(NAMES, axis.x(d.atStartOfDay()));
            svg.append("<line class=\"grid\" x1=\"");
            num(svg, x).append("\" y1=\"0\" x2=\"");
            num(svg, x).append("\" y2=\"").append(height).append("\"/>\n");
            if (axis.x(d.plusMonths(ppd * 30 > 40 ? 1 : 3).atStartOfDay()) - x < 56) {
                continue; // the chart starts late in this month: its label would run into the next one's
            }
            if (ppd * 30 > 40) {
                svg.append("<text class=\"mo\" x=\"");
                num(svg, x + 4).append("\" y=\"17\">").append(d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).append(' ')
                        .append(d.getYear()).append("</text>\n");
            } else if (d.getMonthValue() % 3 == 1) {
                svg.append("<text class=\"mo\" x=\"");
                num(svg, x + 4).append("\" y=\"17\">Q").append((d.getMonthValue() + 2) / 3).append(' ').append(d.getYear()).append("</text>\n");
            }
        }
        if (ppd >= 6) {
            for (LocalDate d = from.with(DayOfWeek.MONDAY); d.isBefore(to); d = d.plusWeeks(1)) {
                double x = axis.x(d.atStartOfDay());
                if (x >= NAMES) {
                    svg.append("<text class=\"wk\" x=\"");
                    num(svg, x + 2).append("\" y=\"37\">").append(d.getDayOfMonth()).append("</text>\n");
                }
            }
        }
    }

    private static void bar(StringBuilder svg, ScheduledTask t, Axis axis, int y, StringBuilder progress) {
        if (t.start() == null || t.finish() == null) {
            return;
        }
        double x0 = axis.x(t.start());
        double x1 = axis.x(t.finish());
        if (t.milestone()) {
            svg.append(t.critical() ? "<path class=\"milestone critical\" d=\"M" : "<path class=\"milestone\" d=\"M");
            num(svg, x0).append(',').append(y + 5).append(" l7,7 l-7,7 l-7,-7 z\">");
            tip(svg, t).append("</path>\n");
            return;
        }
        double w = Math.max(2, x1 - x0);
        if (t.summary()) {
            svg.append("<path class=\"summary\" d=\"M");
            num(svg, x0).append(',').append(y + 7).append(" h");
            num(svg, w).append(" v9 l-5,-4 H");
            num(svg, x0 + 5).append(" l-5,4 z\">");
            tip(svg, t).append("</path>\n");
            return;
        }
        svg.append(t.critical() ? "<rect class=\"bar critical\" x=\"" : "<rect class=\"bar\" x=\"");
        num(svg, x0).append("\" y=\"").append(y + 5).append("\" width=\"");
        num(svg, w).append("\" height=\"11\" rx=\"2\">");
        tip(svg, t).append("</rect>\n");
        if (t.percentComplete() > 0) {
            progress.append('M');
            num(progress, x0).append(',').append(y + 9).append('h');
            num(progress, w * Math.min(100, t.percentComplete()) / 100).append("v3H");
            num(progress, x0).append('z');
        }
    }

    /** The tooltip of a bar: name, dates, total float in hours, and whether it is critical. */
    private static StringBuilder tip(StringBuilder svg, ScheduledTask t) {
        svg.append("<title>");
        escape(svg, t.name());
        svg.append(": ").append(t.start()).append(" → ").append(t.finish()).append(", total float ").append(t.totalFloatMinutes() / 60).append(" h");
        if (t.critical()) {
            svg.append(", critical");
        }
        return svg.append("</title>");
    }

    /** One link as a segment of a links path: out of the predecessor, down or up, into the successor, with a chevron. */
    private static void arrow(StringBuilder d, ScheduledTask p, int pr, ScheduledTask s, int sr, String type, Axis axis) {
        if (p.start() == null || s.start() == null) {
            return;
        }
        boolean fromFinish = type.equals("FS") || type.equals("FF");
        boolean toStart = type.equals("FS") || type.equals("SS");
        double x0 = axis.x(fromFinish ? p.finish() : p.start());
        double x1 = axis.x(toStart ? s.start() : s.finish());
        int y0 = HEADER + pr * ROW + 11;
        int y1 = HEADER + sr * ROW + 11;
        double elbow = toStart ? Math.min(x1 - 6, Math.max(x0 + 6, x1 - 6)) : Math.max(x1 + 6, x0 + 6);
        d.append('M');
        num(d, x0).append(',').append(y0).append('H');
        num(d, elbow).append('V').append(y1).append('H');
        num(d, x1).append(x1 >= elbow ? "m-5,-3l5,3l-5,3" : "m5,-3l-5,3l5,3");
    }

    private static void line(StringBuilder svg, Axis axis, LocalDate day, int height, String cls, String label) {
        double x = axis.x(day.atStartOfDay());
        if (x < NAMES) {
            return;
        }
        svg.append("<line class=\"").append(cls).append("\" x1=\"");
        num(svg, x).append("\" y1=\"").append(HEADER).append("\" x2=\"");
        num(svg, x).append("\" y2=\"").append(height).append("\"><title>").append(label).append(' ').append(day).append("</title></line>\n");
    }

    /** Appends {@code v} rounded to one decimal, without a trailing ".0": no String.valueOf(double) in the hot loop. */
    static StringBuilder num(StringBuilder svg, double v) {
        long tenths = Math.round(v * 10);
        if (tenths < 0) {
            svg.append('-');
            tenths = -tenths;
        }
        svg.append(tenths / 10);
        long d = tenths % 10;
        if (d != 0) {
            svg.append('.').append((char) ('0' + d));
        }
        return svg;
    }

    private static void escape(StringBuilder svg, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> svg.append("&amp;");
                case '<' -> svg.append("&lt;");
                case '>' -> svg.append("&gt;");
                case '"' -> svg.append("&quot;");
                default -> svg.append(c);
            }
        }
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        escape(b, s);
        return b.toString();
    }
}
