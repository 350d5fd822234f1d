package org.bearing.risk.web;

import static org.bearing.risk.web.SimulationCharts.escape;

import java.util.Locale;
import org.bearing.risk.HeatMap;
import org.bearing.risk.RiskMatrix;

/**
 * The heat map drawn as SVG on the server: the 5×5 matrix with probability rising upwards and impact rising to the
 * right, each cell filled with its rating's colour class and showing its score and the number of open risks in it
 * (codes in the tooltip), the axes labelled with the matrix's bands, and a legend of the ratings.
 */
final class HeatMapChart {
    private static final int CELL_W = 76;
    private static final int CELL_H = 48;
    private static final int LEFT = 170;
    private static final int TOP = 8;
    private static final int AXIS = 40;
    private static final int LEGEND = 30;

    private HeatMapChart() {
    }

    static String svg(HeatMap heat, RiskMatrix matrix) {
        int n = RiskMatrix.LEVELS;
        int width = LEFT + n * CELL_W + 8;
        int height = TOP + n * CELL_H + AXIS + LEGEND;
        StringBuilder svg = new StringBuilder(6 * 1024);
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"heat\" role=\"img\" aria-label=\"%s heat map: "
                + "probability by impact\" viewBox=\"0 0 %d %d\" width=\"%d\" font-family=\"system-ui, sans-serif\" font-size=\"12\">\n",
                heat.kind() == org.bearing.risk.Risk.Kind.THREAT ? "Threat" : "Opportunity", width, height, width));
        for (HeatMap.Cell c : heat.cells()) {
            double x = LEFT + (c.impact() - 1) * CELL_W;
            double y = TOP + (n - c.probability()) * CELL_H;
            String tip = "P" + c.probability() + " × I" + c.impact() + ": score " + c.score() + ", " + c.rating()
                    + (c.codes().isEmpty() ? "" : " — " + String.join(", ", c.codes()));
            svg.append(String.format(Locale.ROOT, "<g class=\"cell heat-%s\" data-probability=\"%d\" data-impact=\"%d\" data-score=\"%d\" data-rating=\"%s\">"
                            + "<title>%s</title><rect x=\"%.0f\" y=\"%.0f\" width=\"%d\" height=\"%d\" stroke=\"#fff\" stroke-width=\"2\"/>"
                            + "<text class=\"score\" x=\"%.0f\" y=\"%.0f\" font-size=\"10\" fill=\"#475467\">%d</text>"
                            + "<text class=\"count\" x=\"%.0f\" y=\"%.0f\" text-anchor=\"middle\" font-size=\"16\" font-weight=\"700\">%s</text></g>\n",
                    escape(c.colour()), c.probability(), c.impact(), c.score(), escape(c.rating()), escape(tip), x, y, CELL_W, CELL_H,
                    x + 5, y + 13, c.score(), x + CELL_W / 2.0, y + CELL_H / 2.0 + 7, c.count() == 0 ? "" : String.valueOf(c.count())));
        }
        for (int p = 1; p <= n; p++) {
            RiskMatrix.ProbabilityBand b = matrix.probability().get(p - 1);
            double y = TOP + (n - p) * CELL_H;
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.0f\" text-anchor=\"end\" fill=\"#344054\">P%d %s</text>"
                            + "<text x=\"%d\" y=\"%.0f\" text-anchor=\"end\" fill=\"#667085\" font-size=\"10\">%s</text>\n",
                    LEFT - 8, y + CELL_H / 2.0 - 2, p, escape(b.label()), LEFT - 8, y + CELL_H / 2.0 + 12, escape(b.range())));
        }
        double axisY = TOP + n * CELL_H;
        for (int i = 1; i <= n; i++) {
            double x = LEFT + (i - 0.5) * CELL_W;
            svg.append(String.format(Locale.ROOT, "<text x=\"%.0f\" y=\"%.0f\" text-anchor=\"middle\" fill=\"#344054\">I%d</text>"
                            + "<text x=\"%.0f\" y=\"%.0f\" text-anchor=\"middle\" fill=\"#667085\" font-size=\"10\">%s</text>\n",
                    x, axisY + 16, i, x, axisY + 30, escape(truncate(matrix.impact().get(i - 1).label(), 14))));
        }
        double lx = LEFT;
        double ly = axisY + AXIS + 6;
        for (RiskMatrix.Rating r : matrix.ratings()) {
            String text = r.label() + " ≥ " + r.minScore();
            svg.append(String.format(Locale.ROOT, "<g class=\"legend heat-%s\"><rect x=\"%.0f\" y=\"%.0f\" width=\"14\" height=\"14\"/>"
                    + "<text x=\"%.0f\" y=\"%.0f\" fill=\"#344054\">%s</text></g>\n", escape(r.colour()), lx, ly, lx + 18, ly + 11, escape(text)));
            lx += 26 + 7 * text.length();
        }
        return svg.append("</svg>\n").toString();
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
