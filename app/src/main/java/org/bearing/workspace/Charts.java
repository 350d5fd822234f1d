package org.bearing.workspace;

import java.util.List;
import java.util.Locale;
import org.bearing.schedule.ResourceLoading;

/**
 * The workspace's charts, drawn as SVG on the server so that a page and a printed report show the same picture:
 * each resource's usage histogram and the leveling strip (the earned-value S-curve is {@link SCurveChart}).
 */
public final class Charts {
    private static final int W = 900;
    private static final int H = 260;
    private static final int LEFT = 70;
    private static final int BOTTOM = 30;

    private Charts() {
    }

    /** One resource's booked work per period against its capacity; over-allocated periods in red. */
    public static String histogram(ResourceLoading.ResourceLoad load) {
        List<ResourceLoading.PeriodLoad> periods = load.periods();
        double max = 1;
        for (ResourceLoading.PeriodLoad p : periods) {
            max = Math.max(max, Math.max(p.demandMinutes(), p.capacityMinutes()));
        }
        max = max / 60 * 1.1;
        StringBuilder svg = open(load.name() + " usage");
        axes(svg, max, "h");
        double band = (W - LEFT - 10) / (double) Math.max(1, periods.size());
        for (int i = 0; i < periods.size(); i++) {
            ResourceLoading.PeriodLoad p = periods.get(i);
            double hours = p.demandMinutes() / 60;
            double top = y(hours, max);
            svg.append("<rect x=\"").append(f(LEFT + i * band + 1)).append("\" y=\"").append(f(top)).append("\" width=\"")
                    .append(f(Math.max(1, band - 2))).append("\" height=\"").append(f(H - BOTTOM - top)).append("\" fill=\"")
                    .append(p.overAllocated() ? "#f04438" : "#4e8cde").append("\"><title>").append(p.start()).append(": ")
                    .append(Math.round(hours)).append(" h booked, ").append(Math.round(p.capacityMinutes() / 60)).append(" h available")
                    .append(p.overAllocated() ? ", over-allocated (peak " + String.format(Locale.ROOT, "%.0f%%", p.peakUnits() * 100) + ")" : "")
                    .append("</title></rect>\n");
            double cap = y(p.capacityMinutes() / 60, max);
            svg.append("<line x1=\"").append(f(LEFT + i * band)).append("\" x2=\"").append(f(LEFT + (i + 1) * band)).append("\" y1=\"")
                    .append(f(cap)).append("\" y2=\"").append(f(cap)).append("\" stroke=\"#101828\" stroke-width=\"1.5\"/>\n");
        }
        if (!periods.isEmpty()) {
            svg.append("<text x=\"").append(LEFT).append("\" y=\"").append(H - 8).append("\" fill=\"#475467\">").append(periods.get(0).start())
                    .append("</text><text x=\"").append(W - 10).append("\" y=\"").append(H - 8).append("\" text-anchor=\"end\" fill=\"#475467\">")
                    .append(periods.get(periods.size() - 1).start()).append("</text>\n");
        }
        return svg.append("</svg>\n").toString();
    }

    /** At most this many moved tasks are drawn on the before/after strip; the table lists them all. */
    static final int STRIP_ROWS = 30;

    /**
     * The tasks that leveling moves, each as its bar before (grey, top) and after (blue, bottom) on one time axis,
     * with the project finish before and after as vertical lines: a Gantt strip of only what changes.
     */
    static String levelingStrip(List<LevelingForm.Move> moves, java.time.LocalDateTime finish, java.time.LocalDateTime leveledFinish) {
        if (moves.isEmpty()) {
            return "";
        }
        List<LevelingForm.Move> shown = moves.size() > STRIP_ROWS ? moves.subList(0, STRIP_ROWS) : moves;
        java.time.LocalDateTime from = shown.stream().map(LevelingForm.Move::start).min(java.util.Comparator.naturalOrder()).orElseThrow();
        java.time.LocalDateTime to = leveledFinish.isAfter(finish) ? leveledFinish : finish;
        for (LevelingForm.Move m : shown) {
            to = m.leveledFinish().isAfter(to) ? m.leveledFinish() : to;
        }
        double span = Math.max(1, java.time.Duration.between(from, to).toMinutes());
        int names = 230;
        int row = 26;
        int top = 24;
        int height = top + shown.size() * row + 26;
        StringBuilder svg = new StringBuilder(4096 + shown.size() * 400);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart strip\" role=\"img\" aria-label=\"Tasks before and after leveling\" viewBox=\"0 0 ")
                .append(W).append(' ').append(height).append("\" width=\"100%\" font-family=\"system-ui, sans-serif\" font-size=\"11\">\n");
        svg.append("<text x=\"8\" y=\"15\" font-weight=\"600\" fill=\"#344054\">Task</text><text x=\"").append(names).append("\" y=\"15\" fill=\"#475467\">")
                .append(from.toLocalDate()).append("</text><text x=\"").append(W - 10).append("\" y=\"15\" text-anchor=\"end\" fill=\"#475467\">")
                .append(to.toLocalDate()).append("</text>\n");
        double plot = W - names - 10;
        for (int i = 0; i < shown.size(); i++) {
            LevelingForm.Move m = shown.get(i);
            int y = top + i * row;
            if (i % 2 == 1) {
                svg.append("<rect x=\"0\" y=\"").append(y).append("\" width=\"").append(W).append("\" height=\"").append(row).append("\" fill=\"#f6f8fa\"/>\n");
            }
            svg.append("<text x=\"8\" y=\"").append(y + 17).append("\">").append(escape(m.name().length() > 34 ? m.name().substring(0, 33) + "…" : m.name()))
                    .append("</text>\n");
            double x0 = names + plot * java.time.Duration.between(from, m.start()).toMinutes() / span;
            double x1 = names + plot * java.time.Duration.between(from, m.finish()).toMinutes() / span;
            double l0 = names + plot * java.time.Duration.between(from, m.leveledStart()).toMinutes() / span;
            double l1 = names + plot * java.time.Duration.between(from, m.leveledFinish()).toMinutes() / span;
            svg.append("<rect class=\"before\" x=\"").append(f(x0)).append("\" y=\"").append(y + 5).append("\" width=\"").append(f(Math.max(2, x1 - x0)))
                    .append("\" height=\"7\" rx=\"2\" fill=\"#98a2b3\"><title>").append(escape(m.name())).append(" before: ").append(m.start())
                    .append(" → ").append(m.finish()).append("</title></rect>\n");
            svg.append("<rect class=\"after\" x=\"").append(f(l0)).append("\" y=\"").append(y + 13).append("\" width=\"").append(f(Math.max(2, l1 - l0)))
                    .append("\" height=\"8\" rx=\"2\" fill=\"#1f5fbf\"><title>").append(escape(m.name())).append(" leveled: ").append(m.leveledStart())
                    .append(" → ").append(m.leveledFinish()).append("</title></rect>\n");
        }
        double fx = names + plot * java.time.Duration.between(from, finish).toMinutes() / span;
        double lx = names + plot * java.time.Duration.between(from, leveledFinish).toMinutes() / span;
        int bottom = top + shown.size() * row;
        svg.append("<line x1=\"").append(f(fx)).append("\" x2=\"").append(f(fx)).append("\" y1=\"").append(top).append("\" y2=\"").append(bottom + 4)
                .append("\" stroke=\"#475467\" stroke-dasharray=\"4 3\"><title>Finish before leveling ").append(finish.toLocalDate()).append("</title></line>\n");
        if (!leveledFinish.equals(finish)) {
            svg.append("<line x1=\"").append(f(lx)).append("\" x2=\"").append(f(lx)).append("\" y1=\"").append(top).append("\" y2=\"").append(bottom + 4)
                    .append("\" stroke=\"#b42318\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"><title>Finish after leveling ").append(leveledFinish.toLocalDate())
                    .append("</title></line>\n");
        }
        svg.append("<text x=\"").append(f(Math.min(W - 10, lx))).append("\" y=\"").append(bottom + 18).append("\" text-anchor=\"end\" fill=\"")
                .append(leveledFinish.isAfter(finish) ? "#b42318" : "#475467").append("\">finish ").append(leveledFinish.toLocalDate()).append("</text>\n");
        return svg.append("</svg>\n").toString();
    }

    private static StringBuilder open(String label) {
        StringBuilder svg = new StringBuilder(8 * 1024);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" aria-label=\"").append(escape(label))
                .append("\" viewBox=\"0 0 ").append(W).append(' ').append(H).append("\" width=\"100%\" font-family=\"system-ui, sans-serif\" font-size=\"11\">\n");
        return svg;
    }

    private static void axes(StringBuilder svg, double max, String unit) {
        for (int k = 0; k <= 4; k++) {
            double v = max * k / 4;
            double yy = y(v, max);
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(W - 10).append("\" y1=\"").append(f(yy)).append("\" y2=\"")
                    .append(f(yy)).append("\" stroke=\"#eaecf0\"/><text x=\"").append(LEFT - 6).append("\" y=\"").append(f(yy + 4))
                    .append("\" text-anchor=\"end\" fill=\"#475467\">").append(compact(v)).append(k == 4 ? " " + escape(unit) : "").append("</text>\n");
        }
    }

    private static double y(double v, double max) {
        return H - BOTTOM - (H - BOTTOM - 10) * (v / max);
    }

    static String compact(double v) {
        return v >= 1_000_000 ? String.format(Locale.ROOT, "%.1fM", v / 1_000_000) : v >= 1000 ? String.format(Locale.ROOT, "%.0fk", v / 1000)
                : String.format(Locale.ROOT, "%.0f", v);
    }

    /** An index such as SPI or CPI to two decimals, or a dash when undefined. */
    public static String ratio(Double v) {
        return v == null ? "—" : String.format(Locale.ROOT, "%.2f", v);
    }

    /**
     * The tone of a performance index for colour: under 0.90 is "bad", 0.90 to under 1.00 "warn", otherwise "good",
     * the thresholds most PMOs use for SPI and CPI; "none" when undefined.
     */
    public static String indexTone(Double v) {
        return v == null ? "none" : v < 0.9 ? "bad" : v < 1.0 ? "warn" : "good";
    }

    public static String money(Double v) {
        return v == null ? "—" : String.format(Locale.ROOT, "%,.0f", v);
    }

    static String f(double v) {
        return String.valueOf(Math.round(v * 10) / 10.0);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
