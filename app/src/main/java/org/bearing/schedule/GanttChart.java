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
        double ppd = zoom.pixelsPerDay;
        int chartWidth = (int) Math.ceil(ChronoUnit.DAYS.between(from, to) * ppd);
        int width = NAMES + chartWidth + 20;
        int height = HEADER + tasks.size() * ROW + 10;
        StringBuilder svg = new StringBuilder(64 * 1024);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"gantt\" role=\"img\" aria-label=\"Gantt chart\" width=\"")
                .append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" font-family=\"system-ui, sans-serif\" font-size=\"12\">\n");
        svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 8 8\" refX=\"7\" refY=\"4\" markerWidth=\"6\" markerHeight=\"6\" orient=\"auto\">")
                .append("<path d=\"M0,0 L8,4 L0,8 z\" fill=\"#5b6573\"/></marker></defs>\n");
        header(svg, from, to, ppd, height);
        Map<Long, Integer> rowOf = new HashMap<>();
        for (int r = 0; r < tasks.size(); r++) {
            rowOf.put(tasks.get(r).taskId(), r);
        }
        for (int r = 0; r < tasks.size(); r++) {
            ScheduledTask t = tasks.get(r);
            int y = HEADER + r * ROW;
            if (r % 2 == 1) {
                svg.append("<rect x=\"0\" y=\"").append(y).append("\" width=\"").append(width).append("\" height=\"").append(ROW)
                        .append("\" fill=\"#f6f8fa\"/>\n");
            }
            svg.append("<text x=\"").append(8 + (t.outlineLevel() - 1) * 14).append("\" y=\"").append(y + 16).append('"')
                    .append(t.summary() ? " font-weight=\"600\"" : "").append(t.critical() && !t.summary() ? " fill=\"#b42318\"" : "")
                    .append('>').append(escape(clip(t.name(), 40 - (t.outlineLevel() - 1) * 2))).append("<title>")
                    .append(escape(t.name())).append("</title></text>\n");
            BaselineBar b = baseline.get(t.taskId());
            if (b != null && b.start() != null && b.finish() != null) {
                double bx = x(from, b.start(), ppd);
                double bw = Math.max(2, x(from, b.finish(), ppd) - bx);
                svg.append("<rect class=\"baseline\" x=\"").append(f(bx)).append("\" y=\"").append(y + 17).append("\" width=\"").append(f(bw))
                        .append("\" height=\"4\" fill=\"#98a2b3\"/>\n");
            }
            bar(svg, t, from, ppd, y);
        }
        for (Link l : links) {
            Integer pr = rowOf.get(l.predecessorId());
            Integer sr = rowOf.get(l.successorId());
            if (pr == null || sr == null) {
                continue;
            }
            arrow(svg, tasks.get(pr), pr, tasks.get(sr), sr, l.type(), from, ppd);
        }
        line(svg, from, today, ppd, height, "#2e90fa", "Today");
        if (statusDate != null) {
            line(svg, from, statusDate.plusDays(1), ppd, height, "#7a5af8", "Status date");
        }
        svg.append("<line x1=\"").append(NAMES - 0.5).append("\" y1=\"0\" x2=\"").append(NAMES - 0.5).append("\" y2=\"").append(height)
                .append("\" stroke=\"#d0d5dd\"/>\n</svg>\n");
        return svg.toString();
    }

    private static void header(StringBuilder svg, LocalDate from, LocalDate to, double ppd, int height) {
        svg.append("<rect x=\"0\" y=\"0\" width=\"100%\" height=\"").append(HEADER).append("\" fill=\"#eef2f6\"/>\n");
        svg.append("<text x=\"8\" y=\"28\" font-weight=\"600\">Task</text>\n");
        for (LocalDate d = from.withDayOfMonth(1); d.isBefore(to); d = d.plusMonths(1)) {
            double x = Math.max(NAMES, x(from, d.atStartOfDay(), ppd));
            svg.append("<line x1=\"").append(f(x)).append("\" y1=\"0\" x2=\"").append(f(x)).append("\" y2=\"").append(height)
                    .append("\" stroke=\"#e4e7ec\"/>\n");
            if (ppd * 30 > 40) {
                svg.append("<text x=\"").append(f(x + 4)).append("\" y=\"17\" fill=\"#344054\">")
                        .append(d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).append(' ').append(d.getYear()).append("</text>\n");
            } else if (d.getMonthValue() % 3 == 1) {
                svg.append("<text x=\"").append(f(x + 4)).append("\" y=\"17\" fill=\"#344054\">Q").append((d.getMonthValue() + 2) / 3)
                        .append(' ').append(d.getYear()).append("</text>\n");
            }
        }
        if (ppd >= 6) {
            for (LocalDate d = from.with(DayOfWeek.MONDAY); d.isBefore(to); d = d.plusWeeks(1)) {
                double x = x(from, d.atStartOfDay(), ppd);
                if (x >= NAMES) {
                    svg.append("<text x=\"").append(f(x + 2)).append("\" y=\"37\" fill=\"#667085\" font-size=\"10\">")
                            .append(d.getDayOfMonth()).append("</text>\n");
                }
            }
        }
    }

    private static void bar(StringBuilder svg, ScheduledTask t, LocalDate from, double ppd, int y) {
        if (t.start() == null || t.finish() == null) {
            return;
        }
        double x0 = x(from, t.start(), ppd);
        double x1 = x(from, t.finish(), ppd);
        String tip = "<title>" + escape(t.name()) + ": " + t.start() + " → " + t.finish() + ", total float "
                + t.totalFloatMinutes() / 60 + " h" + (t.critical() ? ", critical" : "") + "</title>";
        if (t.milestone()) {
            double cx = x0;
            svg.append("<path class=\"milestone\" d=\"M").append(f(cx)).append(',').append(y + 5).append(" l7,7 l-7,7 l-7,-7 z\" fill=\"")
                    .append(t.critical() ? "#d92d20" : "#101828").append("\">").append(tip).append("</path>\n");
            return;
        }
        double w = Math.max(2, x1 - x0);
        if (t.summary()) {
            svg.append("<path class=\"summary\" d=\"M").append(f(x0)).append(',').append(y + 7).append(" h").append(f(w))
                    .append(" v9 l-5,-4 H").append(f(x0 + 5)).append(" l-5,4 z\" fill=\"#1d2939\">").append(tip).append("</path>\n");
            return;
        }
        String fill = t.critical() ? "#f04438" : "#4e8cde";
        svg.append("<rect class=\"bar").append(t.critical() ? " critical" : "").append("\" x=\"").append(f(x0)).append("\" y=\"")
                .append(y + 5).append("\" width=\"").append(f(w)).append("\" height=\"11\" rx=\"2\" fill=\"").append(fill).append("\">")
                .append(tip).append("</rect>\n");
        if (t.percentComplete() > 0) {
            svg.append("<rect x=\"").append(f(x0)).append("\" y=\"").append(y + 9).append("\" width=\"")
                    .append(f(w * Math.min(100, t.percentComplete()) / 100)).append("\" height=\"3\" fill=\"#101828\" opacity=\"0.7\"/>\n");
        }
    }

    private static void arrow(StringBuilder svg, ScheduledTask p, int pr, ScheduledTask s, int sr, String type, LocalDate from, double ppd) {
        if (p.start() == null || s.start() == null) {
            return;
        }
        boolean fromFinish = type.equals("FS") || type.equals("FF");
        boolean toStart = type.equals("FS") || type.equals("SS");
        double x0 = x(from, fromFinish ? p.finish() : p.start(), ppd);
        double x1 = x(from, toStart ? s.start() : s.finish(), ppd);
        double y0 = HEADER + pr * ROW + 11;
        double y1 = HEADER + sr * ROW + 11;
        double elbow = toStart ? Math.min(x1 - 6, Math.max(x0 + 6, x1 - 6)) : Math.max(x1 + 6, x0 + 6);
        String color = p.critical() && s.critical() ? "#d92d20" : "#5b6573";
        svg.append("<path class=\"link\" d=\"M").append(f(x0)).append(',').append(f(y0)).append(" H").append(f(elbow)).append(" V")
                .append(f(y1)).append(" H").append(f(x1)).append("\" fill=\"none\" stroke=\"").append(color)
                .append("\" stroke-width=\"1\" marker-end=\"url(#arrow)\"/>\n");
    }

    private static void line(StringBuilder svg, LocalDate from, LocalDate day, double ppd, int height, String color, String label) {
        double x = x(from, day.atStartOfDay(), ppd);
        if (x < NAMES) {
            return;
        }
        svg.append("<line x1=\"").append(f(x)).append("\" y1=\"").append(HEADER).append("\" x2=\"").append(f(x)).append("\" y2=\"")
                .append(height).append("\" stroke=\"").append(color).append("\" stroke-dasharray=\"4 3\"><title>").append(label)
                .append(' ').append(day).append("</title></line>\n");
    }

    private static double x(LocalDate from, LocalDateTime t, double ppd) {
        return NAMES + ChronoUnit.MINUTES.between(from.atStartOfDay(), t) / 1440.0 * ppd;
    }

    private static String f(double v) {
        return String.valueOf(Math.round(v * 10) / 10.0);
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, Math.max(1, max - 1)) + "…";
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
