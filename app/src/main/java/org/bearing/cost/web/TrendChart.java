package org.bearing.cost.web;

import java.util.List;
import java.util.Locale;

import org.bearing.cost.EarnedValueSnapshot;
import org.bearing.platform.ChartScale;

/**
 * SPI, SPI(t) and CPI per status date as an SVG line chart drawn on the server, in the workspace charts' style: an
 * index of 1.00 is on plan and on budget (dashed), below it behind schedule or over budget.
 */
public final class TrendChart {
    private static final int W = 900;
    private static final int H = 240;
    private static final int LEFT = 50;
    private static final int BOTTOM = 30;
    private static final int TOP = 10;

    /** A drawn series: its colour and how to read it from a snapshot. */
    private record Series(String name, String color, java.util.function.Function<EarnedValueSnapshot, Double> value) {
    }

    private static final List<Series> SERIES = List.of(new Series("SPI", "#4e8cde", EarnedValueSnapshot::spi),
            new Series("SPI(t)", "#7a5af8", EarnedValueSnapshot::spit), new Series("CPI", "#12b76a", EarnedValueSnapshot::cpi));

    private TrendChart() {
    }

    /** The chart, or a sentence when there is nothing to draw. */
    static String svg(List<EarnedValueSnapshot> history) {
        double lo = 1;
        double hi = 1;
        for (EarnedValueSnapshot s : history) {
            for (Series x : SERIES) {
                Double v = x.value().apply(s);
                if (v != null) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (history.isEmpty()) {
            return "<p class=\"muted\">No status dates recorded yet: the history starts when the status date moves.</p>";
        }
        ChartScale scale = ChartScale.covering(Math.max(0, lo - 0.05), hi + 0.05, 4, 0.05);
        lo = scale.low();
        hi = scale.high();
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart ev-trend\" role=\"img\" aria-label=\"SPI, SPI(t) and CPI")
                .append(" per status date\" viewBox=\"0 0 ").append(W).append(' ').append(H)
                .append("\" width=\"100%\" font-family=\"system-ui, sans-serif\" font-size=\"11\">\n");
        for (double v : scale.gridlines()) {
            double yy = y(v, lo, hi);
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(W - 10).append("\" y1=\"").append(f(yy))
                    .append("\" y2=\"").append(f(yy)).append("\" stroke=\"#eaecf0\"/><text x=\"").append(LEFT - 6)
                    .append("\" y=\"").append(f(yy + 4)).append("\" text-anchor=\"end\" fill=\"#475467\">")
                    .append(String.format(Locale.ROOT, "%.2f", v)).append("</text>\n");
        }
        double one = y(1, lo, hi);
        svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(W - 10).append("\" y1=\"").append(f(one))
                .append("\" y2=\"").append(f(one)).append("\" stroke=\"#98a2b3\" stroke-dasharray=\"5 4\"><title>1.00: on plan")
                .append("</title></line>\n");
        int n = history.size();
        for (Series x : SERIES) {
            StringBuilder path = new StringBuilder();
            for (int i = 0; i < n; i++) {
                Double v = x.value().apply(history.get(i));
                if (v == null) {
                    continue;
                }
                path.append(path.length() == 0 ? "M" : " L").append(f(x(i, n))).append(',').append(f(y(v, lo, hi)));
                svg.append("<circle cx=\"").append(f(x(i, n))).append("\" cy=\"").append(f(y(v, lo, hi)))
                        .append("\" r=\"3.5\" fill=\"").append(x.color()).append("\"><title>").append(x.name()).append(' ')
                        .append(history.get(i).statusDate()).append(": ").append(String.format(Locale.ROOT, "%.2f", v))
                        .append("</title></circle>\n");
            }
            if (path.length() > 0) {
                svg.append("<path class=\"series\" data-series=\"").append(x.name()).append("\" d=\"").append(path)
                        .append("\" fill=\"none\" stroke=\"").append(x.color()).append("\" stroke-width=\"2\"/>\n");
            }
        }
        svg.append("<text x=\"").append(LEFT).append("\" y=\"").append(H - 8).append("\" fill=\"#475467\">")
                .append(history.get(0).statusDate()).append("</text><text x=\"").append(W - 10).append("\" y=\"").append(H - 8)
                .append("\" text-anchor=\"end\" fill=\"#475467\">").append(history.get(n - 1).statusDate()).append("</text>\n");
        return svg.append("</svg>\n").toString();
    }

    /** An index such as SPI or CPI to two decimals, or a dash when undefined. */
    public static String ratio(Double v) {
        return v == null ? "—" : String.format(Locale.ROOT, "%.2f", v);
    }

    /** Money without decimals, with thousands separators, or a dash when undefined. */
    public static String money(Double v) {
        return v == null ? "—" : String.format(Locale.ROOT, "%,.0f", v);
    }

    private static double x(int i, int n) {
        return LEFT + (W - LEFT - 10) * (n == 1 ? 0.5 : i / (double) (n - 1));
    }

    private static double y(double v, double lo, double hi) {
        return H - BOTTOM - (H - BOTTOM - TOP) * ((v - lo) / (hi - lo));
    }

    private static String f(double v) {
        return String.valueOf(Math.round(v * 10) / 10.0);
    }
}
