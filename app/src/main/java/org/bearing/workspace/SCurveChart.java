package org.bearing.workspace;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.bearing.cost.SCurve;

/**
 * The earned value S-curve as SVG drawn on the server (one drawing for the page and a printed report): cumulative PV,
 * EV and AC on a date axis, the forecast EV and AC (dashed) from the status date to the forecast finish, BAC at the
 * planned finish, EAC at the forecast finish, the status date, and a legend inside the picture so that a print keeps it.
 * A value dated d is drawn at the end of day d.
 */
public final class SCurveChart {
    private static final int W = 900;
    private static final int H = 340;
    private static final int LEFT = 78;
    private static final int RIGHT = 24;
    private static final int TOP = 40;
    private static final int BOTTOM = 34;
    static final String PV = "#4e8cde";
    static final String EV = "#12b76a";
    static final String AC = "#f04438";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    /** A point of a line: the day it is measured at the end of, and its value. */
    private record Point(LocalDate day, double value) {
    }

    private final SCurve c;
    private final LocalDate from;
    private final long days;
    private final double max;

    private SCurveChart(SCurve c, double max) {
        this.c = c;
        this.from = c.periods().get(0).start();
        this.days = ChronoUnit.DAYS.between(from, c.periods().get(c.periods().size() - 1).end()) + 1;
        this.max = max;
    }

    /** The chart, or a sentence when there is no planned value to draw. */
    public static String svg(SCurve c) {
        if (c.periods().isEmpty() || c.bac() <= 0) {
            return "<p class=\"muted\">No planned value to draw: the baseline has no budget.</p>";
        }
        double max = Math.max(c.bac(), c.eac() == null ? 0 : c.eac());
        for (SCurve.Period p : c.periods()) {
            max = Math.max(max, Math.max(p.ac() == null ? 0 : p.ac(), p.forecastAc() == null ? 0 : p.forecastAc()));
        }
        return new SCurveChart(c, axisTop(max * 1.08)).draw();
    }

    /**
     * The top of the value axis: the smallest multiple of a round step (1, 2 or 5 × 10^k, about a fifth of {@code max})
     * at or above {@code max}, so that the gridlines read 0, 1.0M, 2.0M… rather than 0, 842k, 1.7M….
     */
    static double axisTop(double max) {
        return step(max) * Math.ceil(max / step(max) - 1e-9);
    }

    /** A round step of about a fifth of {@code max}, at least 1: the labels are whole currency units. */
    private static double step(double max) {
        return org.bearing.platform.ChartScale.roundStep(max, 5, 1);
    }

    private String draw() {
        StringBuilder svg = new StringBuilder(16 * 1024);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart ev-scurve\" role=\"img\" aria-label=\"Earned value S-curve")
                .append(" with forecast\" viewBox=\"0 0 ").append(W).append(' ').append(H)
                .append("\" width=\"100%\" font-family=\"system-ui, sans-serif\" font-size=\"11\">\n");
        valueAxis(svg);
        dateAxis(svg);
        List<Point> pv = new ArrayList<>(List.of(new Point(from.minusDays(1), 0)));
        List<Point> ev = new ArrayList<>(pv);
        List<Point> ac = new ArrayList<>(pv);
        List<Point> fev = new ArrayList<>();
        List<Point> fac = new ArrayList<>();
        for (SCurve.Period p : c.periods()) {
            pv.add(new Point(p.end(), p.pv()));
            if (p.ev() != null) {
                ev.add(new Point(p.measuredOn(), p.ev()));
                ac.add(new Point(p.measuredOn(), p.ac()));
            }
        }
        if (c.forecastFinish() != null && c.eac() != null) {
            Point evNow = ev.get(ev.size() - 1);
            Point acNow = ac.get(ac.size() - 1);
            fev.add(evNow);
            fac.add(acNow);
            for (SCurve.Period p : c.periods()) {
                if (p.forecastEv() != null && p.end().isAfter(evNow.day()) && p.end().isBefore(c.forecastFinish())) {
                    fev.add(new Point(p.end(), p.forecastEv()));
                    fac.add(new Point(p.end(), p.forecastAc()));
                }
            }
            fev.add(new Point(c.forecastFinish(), c.bac()));
            fac.add(new Point(c.forecastFinish(), c.eac()));
        }
        // AC is drawn wider and under EV: with CPI near 1 the two coincide, and EV then shows as a green line in a red rim
        line(svg, "PV", PV, pv, false, 2.2, "Planned value (cumulative, baseline " + c.baseline() + ")");
        line(svg, "AC forecast", AC, fac, true, 3.4, "Forecast actual cost to EAC at the forecast finish (" + c.eacMethod() + ")");
        line(svg, "EV forecast", EV, fev, true, 1.6, "Forecast earned value to BAC at the forecast finish");
        line(svg, "AC", AC, ac, false, 4, "Actual cost (cumulative)");
        line(svg, "EV", EV, ev, false, 1.8, "Earned value (cumulative)");
        statusDate(svg);
        if (c.plannedFinish() != null) {
            marker(svg, "bac", c.plannedFinish(), c.bac(), false, "#344054", "BAC " + Charts.money(c.bac()) + " at the planned finish "
                    + c.plannedFinish());
        }
        if (c.forecastFinish() != null && c.eac() != null) {
            // on the BAC marker (not started: the forecast is the plan) the EAC label goes below it, not over the BAC label
            boolean onBac = c.plannedFinish() != null && Math.abs(x(c.forecastFinish()) - x(c.plannedFinish())) < 60
                    && Math.abs(y(c.eac()) - y(c.bac())) < 12;
            marker(svg, "eac", c.forecastFinish(), c.eac(), onBac, "#b42318", "EAC " + Charts.money(c.eac()) + " at the forecast finish "
                    + c.forecastFinish() + " (" + c.eacMethod() + "; " + c.finishMethod() + ")");
        }
        legend(svg);
        return svg.append("</svg>\n").toString();
    }

    private void valueAxis(StringBuilder svg) {
        double step = step(max);
        int steps = (int) Math.round(max / step);
        for (int k = 0; k <= steps; k++) {
            double v = step * k;
            double yy = y(v);
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(W - RIGHT).append("\" y1=\"").append(f(yy)).append("\" y2=\"")
                    .append(f(yy)).append("\" stroke=\"#eaecf0\"/><text x=\"").append(LEFT - 6).append("\" y=\"").append(f(yy + 4))
                    .append("\" text-anchor=\"end\" fill=\"#475467\">").append(tick(v)).append(k == steps ? " " + escape(c.currency()) : "")
                    .append("</text>\n");
        }
    }

    /** Month starts as ticks (at most about ten), or Mondays when the curve spans under three months. */
    private void dateAxis(StringBuilder svg) {
        LocalDate last = from.plusDays(days - 1);
        List<LocalDate> ticks = new ArrayList<>();
        boolean months = days > 90;
        LocalDate d = months ? from.withDayOfMonth(1) : from.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        while (!d.isAfter(last)) {
            if (!d.isBefore(from)) {
                ticks.add(d);
            }
            d = months ? d.plusMonths(1) : d.plusWeeks(1);
        }
        int step = Math.max(1, (int) Math.ceil(ticks.size() / 10.0));
        svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(W - RIGHT).append("\" y1=\"").append(H - BOTTOM).append("\" y2=\"")
                .append(H - BOTTOM).append("\" stroke=\"#98a2b3\"/>\n");
        for (int i = 0; i < ticks.size(); i += step) {
            LocalDate t = ticks.get(i);
            double xx = x(t.minusDays(1));
            svg.append("<line class=\"tick\" x1=\"").append(f(xx)).append("\" x2=\"").append(f(xx)).append("\" y1=\"").append(H - BOTTOM)
                    .append("\" y2=\"").append(H - BOTTOM + 4).append("\" stroke=\"#98a2b3\"/><text x=\"").append(f(xx)).append("\" y=\"")
                    .append(H - BOTTOM + 16).append("\" text-anchor=\"middle\" fill=\"#475467\">").append((months ? MONTH : DAY).format(t))
                    .append("</text>\n");
        }
    }

    private void line(StringBuilder svg, String name, String color, List<Point> points, boolean dashed, double width, String title) {
        if (points.size() < 2) {
            return;
        }
        StringBuilder d = new StringBuilder();
        for (Point p : points) {
            d.append(d.length() == 0 ? "M" : " L").append(f(x(p.day()))).append(',').append(f(y(p.value())));
        }
        Point end = points.get(points.size() - 1);
        svg.append("<path class=\"series").append(dashed ? " forecast" : "").append("\" data-series=\"").append(name).append("\" d=\"")
                .append(d).append("\" fill=\"none\" stroke=\"").append(color).append("\" stroke-width=\"").append(width)
                .append(dashed ? "\" stroke-dasharray=\"6 4" : "").append("\"><title>").append(escape(title)).append(": ")
                .append(Charts.money(end.value())).append(" on ").append(end.day()).append("</title></path>\n");
    }

    private void statusDate(StringBuilder svg) {
        if (c.statusDate().isBefore(from)) {
            return;
        }
        double xx = x(c.statusDate());
        svg.append("<line class=\"status-date\" x1=\"").append(f(xx)).append("\" x2=\"").append(f(xx)).append("\" y1=\"").append(TOP)
                .append("\" y2=\"").append(H - BOTTOM).append("\" stroke=\"#7a5af8\" stroke-dasharray=\"4 3\"><title>Status date ")
                .append(c.statusDate()).append("</title></line>\n<text x=\"").append(f(xx + 4)).append("\" y=\"").append(H - BOTTOM - 6)
                .append("\" fill=\"#7a5af8\">status ").append(c.statusDate()).append("</text>\n");
    }

    private void marker(StringBuilder svg, String kind, LocalDate day, double value, boolean labelBelow, String color, String title) {
        double xx = x(day);
        double yy = y(value);
        svg.append("<g class=\"marker\" data-marker=\"").append(kind).append("\"><circle cx=\"").append(f(xx)).append("\" cy=\"").append(f(yy))
                .append("\" r=\"4.5\" fill=\"#fff\" stroke=\"").append(color).append("\" stroke-width=\"2\"/><text x=\"").append(f(xx - 6))
                .append("\" y=\"").append(f(labelBelow ? yy + 16 : yy - 8)).append("\" text-anchor=\"end\" fill=\"").append(color).append("\">")
                .append(kind.toUpperCase(Locale.ROOT)).append(' ').append(compact(value)).append("</text><title>").append(escape(title))
                .append("</title></g>\n");
    }

    private void legend(StringBuilder svg) {
        String[][] keys = {{"PV", PV, ""}, {"EV", EV, ""}, {"AC", AC, ""}, {"forecast EV", EV, "6 4"}, {"forecast AC to EAC", AC, "6 4"}};
        double xx = LEFT;
        for (String[] k : keys) {
            svg.append("<line x1=\"").append(f(xx)).append("\" x2=\"").append(f(xx + 22)).append("\" y1=\"14\" y2=\"14\" stroke=\"").append(k[1])
                    .append("\" stroke-width=\"2.2\"").append(k[2].isEmpty() ? "" : " stroke-dasharray=\"" + k[2] + "\"")
                    .append("/><text x=\"").append(f(xx + 27)).append("\" y=\"18\" fill=\"#344054\">").append(k[0]).append("</text>\n");
            xx += 42 + k[0].length() * 6.2;
        }
        svg.append("<text x=\"").append(W - RIGHT).append("\" y=\"18\" text-anchor=\"end\" fill=\"#475467\">○ BAC at planned finish · ○ EAC at")
                .append(" forecast finish · ┆ status date</text>\n");
    }

    /** The x of the end of {@code day}. */
    private double x(LocalDate day) {
        return LEFT + (W - LEFT - RIGHT) * (ChronoUnit.DAYS.between(from, day) + 1) / (double) days;
    }

    private double y(double v) {
        return H - BOTTOM - (H - BOTTOM - TOP) * (v / max);
    }

    private static String f(double v) {
        return Charts.f(v);
    }

    /** A value axis label: as {@link Charts#compact} but keeping half thousands (1.5k, which compact rounds to 2k). */
    private static String tick(double v) {
        return v >= 1000 && v < 1_000_000 && v % 1000 != 0 ? String.format(Locale.ROOT, "%.1fk", v / 1000) : compact(v);
    }

    private static String compact(double v) {
        return Charts.compact(v);
    }

    private static String escape(String s) {
        return Charts.escape(s);
    }
}
