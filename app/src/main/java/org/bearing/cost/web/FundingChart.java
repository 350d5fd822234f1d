package org.bearing.cost.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.bearing.cost.Actual;
import org.bearing.cost.Budget;
import org.bearing.cost.EarnedValueReport;

/**
 * Funding against planned value as an SVG chart drawn on the server: each funding period is a bar as wide as the period
 * and as tall as the funds available by then (cumulative), and cumulative PV is a line over them. Where the line rises
 * above the bars the plan spends money the project has not been given yet.
 */
final class FundingChart {
    private static final int W = 900;
    private static final int H = 260;
    private static final int LEFT = 80;
    private static final int RIGHT = 10;
    private static final int TOP = 10;
    private static final int BOTTOM = 30;

    private FundingChart() {
    }

    /** The chart, or a sentence when there is neither funding nor a baseline to draw. */
    static String svg(Budget b) {
        List<Actual.FundingPeriod> funding = b.funding();
        List<EarnedValueReport.CurvePoint> pv = b.plannedValue();
        if (funding.isEmpty() && pv.isEmpty()) {
            return "<p class=\"muted\" id=\"funding-chart-empty\">Nothing to draw yet: add a funding period, and set a baseline for planned value.</p>";
        }
        LocalDate from = null;
        LocalDate to = null;
        double max = 0;
        double cumulative = 0;
        for (Actual.FundingPeriod f : funding) {
            from = min(from, f.start());
            to = max(to, f.end());
            cumulative += f.amount().doubleValue();
        }
        max = Math.max(max, cumulative);
        for (EarnedValueReport.CurvePoint p : pv) {
            from = min(from, p.date().minusDays(6));
            to = max(to, p.date());
            max = Math.max(max, p.pv());
        }
        max = max <= 0 ? 1 : max * 1.08;
        long days = Math.max(1, ChronoUnit.DAYS.between(from, to) + 1);
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart funding-chart\" role=\"img\" aria-label=\"Cumulative funding")
                .append(" by period and cumulative planned value\" viewBox=\"0 0 ").append(W).append(' ').append(H)
                .append("\" width=\"100%\" font-family=\"system-ui, sans-serif\" font-size=\"11\">\n");
        for (int k = 0; k <= 4; k++) {
            double v = max * k / 4;
            double yy = y(v, max);
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(W - RIGHT).append("\" y1=\"").append(f(yy)).append("\" y2=\"")
                    .append(f(yy)).append("\" stroke=\"#eaecf0\"/><text x=\"").append(LEFT - 6).append("\" y=\"").append(f(yy + 4))
                    .append("\" text-anchor=\"end\" fill=\"#475467\">").append(Money.of(BigDecimal.valueOf(Math.round(v)))).append("</text>\n");
        }
        double running = 0;
        for (Actual.FundingPeriod p : funding) {
            running += p.amount().doubleValue();
            double x0 = x(p.start(), from, days);
            double x1 = x(p.end().plusDays(1), from, days);
            double top = y(running, max);
            svg.append("<rect class=\"funding\" data-start=\"").append(p.start()).append("\" data-end=\"").append(p.end())
                    .append("\" x=\"").append(f(x0)).append("\" y=\"").append(f(top)).append("\" width=\"").append(f(Math.max(1, x1 - x0 - 1)))
                    .append("\" height=\"").append(f(H - BOTTOM - top)).append("\" fill=\"#d1e9ff\" stroke=\"#84caff\"><title>")
                    .append(p.start()).append(" – ").append(p.end()).append(": ").append(Money.of(p.amount())).append(" (cumulative ")
                    .append(Money.of(BigDecimal.valueOf(running))).append(")</title></rect>\n");
        }
        if (!pv.isEmpty()) {
            StringBuilder d = new StringBuilder();
            for (EarnedValueReport.CurvePoint p : pv) {
                d.append(d.length() == 0 ? "M" : " L").append(f(x(p.date().plusDays(1), from, days))).append(',').append(f(y(p.pv(), max)));
            }
            svg.append("<path class=\"pv\" d=\"").append(d).append("\" fill=\"none\" stroke=\"#344054\" stroke-width=\"2\"/>\n");
        }
        if (b.shortfallFrom() != null) {
            double xs = x(b.shortfallFrom().plusDays(1), from, days);
            svg.append("<line class=\"shortfall\" x1=\"").append(f(xs)).append("\" x2=\"").append(f(xs)).append("\" y1=\"").append(TOP)
                    .append("\" y2=\"").append(H - BOTTOM).append("\" stroke=\"#d92d20\" stroke-dasharray=\"4 3\"/>\n");
        }
        svg.append("<text x=\"").append(LEFT).append("\" y=\"").append(H - 8).append("\" fill=\"#475467\">").append(from).append("</text>")
                .append("<text x=\"").append(W - RIGHT).append("\" y=\"").append(H - 8).append("\" text-anchor=\"end\" fill=\"#475467\">")
                .append(to).append("</text>\n</svg>");
        return svg.toString();
    }

    private static double x(LocalDate d, LocalDate from, long days) {
        return LEFT + (W - LEFT - RIGHT) * (double) ChronoUnit.DAYS.between(from, d) / days;
    }

    private static double y(double v, double max) {
        return H - BOTTOM - (H - BOTTOM - TOP) * v / max;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
