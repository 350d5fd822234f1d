package org.bearing.risk.web;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.bearing.risk.SimulationResults;

/**
 * The risk analysis charts, drawn as SVG on the server: the finish-date histogram with its cumulative S-curve and the
 * P10/P50/P80/P90 dates marked, and the risk tornado (how much earlier P80 is without each risk).
 */
final class SimulationCharts {
    private static final int W = 900;
    private static final int H = 300;
    private static final int LEFT = 60;
    private static final int RIGHT = 60;
    private static final int TOP = 40;
    private static final int BOTTOM = 34;

    private SimulationCharts() {
    }

    /** Iterations per finish-date bin (bars, left axis) and the share finishing by each date (line, right axis). */
    static String finish(SimulationResults r) {
        List<SimulationResults.Bin> bins = r.histogram();
        LocalDateTime from = bins.get(0).from();
        LocalDateTime to = bins.get(bins.size() - 1).to();
        double span = Math.max(1, minutes(from, to));
        long maxCount = bins.stream().mapToLong(SimulationResults.Bin::iterations).max().orElse(1);
        StringBuilder svg = open("Finish date histogram and cumulative probability", H);
        double plotW = W - LEFT - RIGHT;
        double plotH = H - TOP - BOTTOM;
        for (int k = 0; k <= 4; k++) {
            double yy = TOP + plotH * k / 4;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#eaecf0\"/>"
                            + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"start\" fill=\"#475467\">%d%%</text>\n",
                    LEFT, W - RIGHT, yy, yy, W - RIGHT + 6, yy + 4, 100 - 25 * k));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" fill=\"#475467\">%d</text>\n", LEFT - 6, TOP + 4, maxCount));
        StringBuilder curve = new StringBuilder();
        for (int b = 0; b < bins.size(); b++) {
            SimulationResults.Bin bin = bins.get(b);
            double x0 = LEFT + plotW * minutes(from, bin.from()) / span;
            double x1 = LEFT + plotW * minutes(from, bin.to()) / span;
            double h = plotH * bin.iterations() / maxCount;
            svg.append(String.format(Locale.ROOT, "<rect class=\"bin\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#9ec5fe\">"
                            + "<title>%s – %s: %d iterations, %.0f%% by then</title></rect>\n",
                    x0 + 0.5, TOP + plotH - h, Math.max(0.5, x1 - x0 - 1), h, day(bin.from()), day(bin.to()), bin.iterations(),
                    100 * bin.cumulative()));
            curve.append(b == 0 ? String.format(Locale.ROOT, "M%.1f,%.1f", x0, TOP + plotH) : "")
                    .append(String.format(Locale.ROOT, " L%.1f,%.1f", x1, TOP + plotH * (1 - bin.cumulative())));
        }
        svg.append("<path class=\"s-curve\" d=\"").append(curve).append("\" fill=\"none\" stroke=\"#1d4ed8\" stroke-width=\"2\">"
                + "<title>Cumulative probability of finishing by the date</title></path>\n");
        for (int p : new int[] {10, 50, 80, 90}) {
            SimulationResults.FinishPercentile f = r.at(p);
            double x = LEFT + plotW * Math.min(span, Math.max(0, minutes(from, f.date()))) / span;
            String color = p == 80 ? "#d92d20" : p == 50 ? "#7a5af8" : "#667085";
            svg.append(String.format(Locale.ROOT, "<g class=\"p-marker\"><line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%.1f\" stroke=\"%s\" "
                            + "stroke-dasharray=\"4 3\"/><text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"%s\" font-weight=\"600\">P%d %s</text></g>\n",
                    x, x, TOP - 4, TOP + plotH, color, x, p == 10 || p == 80 ? 12 : 28, color, p, day(f.date())));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#475467\">%s</text><text x=\"%d\" y=\"%d\" text-anchor=\"end\" "
                + "fill=\"#475467\">%s</text>\n", LEFT, H - 10, day(from), W - RIGHT, H - 10, day(to)));
        return svg.append("</svg>\n").toString();
    }

    /** The risk tornado: one bar per modelled risk, its P80 finish shift in working days, largest on top. */
    static String tornado(SimulationResults r) {
        List<SimulationResults.Driver> drivers = r.drivers();
        if (drivers.isEmpty()) {
            return "<p class=\"muted\">No register risk is modelled as a risk event, so there is no tornado.</p>";
        }
        int rowH = 26;
        int height = TOP + rowH * drivers.size() + 10;
        double max = drivers.stream().mapToDouble(d -> Math.abs(d.finishShiftDays())).max().orElse(1);
        max = max <= 0 ? 1 : max;
        int labelW = 300;
        double plotW = W - labelW - 80;
        StringBuilder svg = open("Risk tornado: P80 finish shift per risk", height);
        for (int i = 0; i < drivers.size(); i++) {
            SimulationResults.Driver d = drivers.get(i);
            double y = TOP + i * rowH;
            double w = plotW * Math.abs(d.finishShiftDays()) / max;
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" fill=\"#101828\">%s</text>"
                            + "<rect class=\"tornado-bar\" x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"%d\" fill=\"#f97066\"><title>%s: P80 %.1f working days "
                            + "earlier and P80 cost %,.0f lower without it (occurs in %.0f%% of iterations)</title></rect>"
                            + "<text x=\"%.1f\" y=\"%.1f\" fill=\"#475467\">%.1f d</text>\n",
                    labelW - 8, y + 16, escape(truncate(d.code() + " " + d.title(), 44)), labelW, y + 4, Math.max(1, w), rowH - 8,
                    escape(d.code() + " " + d.title()), d.finishShiftDays(), d.costShift(), 100 * d.occurrence(), labelW + Math.max(1, w) + 6,
                    y + 16, d.finishShiftDays()));
        }
        return svg.append("</svg>\n").toString();
    }

    private static StringBuilder open(String label, int height) {
        StringBuilder svg = new StringBuilder(8 * 1024);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" aria-label=\"").append(escape(label))
                .append("\" viewBox=\"0 0 ").append(W).append(' ').append(height)
                .append("\" width=\"100%\" font-family=\"system-ui, sans-serif\" font-size=\"11\">\n");
        return svg;
    }

    private static double minutes(LocalDateTime from, LocalDateTime to) {
        return Duration.between(from, to).toMinutes();
    }

    static String day(LocalDateTime t) {
        return t == null ? "—" : t.toLocalDate().toString();
    }

    private static String truncate(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
