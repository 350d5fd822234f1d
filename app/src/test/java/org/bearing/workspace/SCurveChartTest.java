package org.bearing.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.bearing.cost.SCurve;
import org.bearing.engine.earnedvalue.Granularity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The S-curve drawing on its own: the value axis reads in round steps, and the BAC and EAC labels stay apart when both
 * markers fall on the same point (a project not started yet: the forecast is the plan).
 */
class SCurveChartTest {

    /** Weekly periods from 2026-01-05 with PV rising evenly to {@code bac}; nothing earned; forecast = plan. */
    private static SCurve planOnly(double bac, int weeks, Double eac) {
        LocalDate start = LocalDate.of(2026, 1, 5);
        List<SCurve.Period> periods = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            double pv = bac * (w + 1) / weeks;
            periods.add(new SCurve.Period(start.plusWeeks(w), start.plusWeeks(w).plusDays(6), pv, null, null, null, null, pv, pv));
        }
        LocalDate finish = start.plusWeeks(weeks).minusDays(3);
        return new SCurve(1, "USD", "Plan", Granularity.WEEK, start.minusDays(30), bac, finish, eac,
                "EAC = AC + (BAC − EV)", finish, "EAC(t) = AT + (PD − ES)", periods);
    }

    private static Element svg(SCurve c) {
        return Jsoup.parse(SCurveChart.svg(c)).selectFirst("svg");
    }

    @Test
    void theValueAxisStepsInRoundNumbers() {
        // 3,118,968 is ATLAS's BAC: the axis used to read 0, 842k, 1.7M, 2.5M, 3.4M
        List<String> labels = svg(planOnly(3_118_968, 40, 3_118_968.0)).select("text[x=72][text-anchor=end]").eachText();
        assertThat(labels).containsExactly("0", "1.0M", "2.0M", "3.0M", "4.0M USD");
        // PORTAL's 158,400 used to read 0, 43k, 86k, 128k, 171k
        assertThat(svg(planOnly(158_400, 12, 158_400.0)).select("text[x=72][text-anchor=end]").eachText())
                .containsExactly("0", "50k", "100k", "150k", "200k USD");
        // a step of 500 keeps its half thousands ("1.5k", not "2k" twice)
        assertThat(svg(planOnly(2_000, 4, 2_000.0)).select("text[x=72][text-anchor=end]").eachText())
                .containsExactly("0", "500", "1k", "1.5k", "2k", "2.5k USD");
        // a budget of a few units never gets fractional steps that round to the same label
        assertThat(svg(planOnly(3, 4, 3.0)).select("text[x=72][text-anchor=end]").eachText())
                .containsExactly("0", "1", "2", "3", "4 USD");
    }

    @Test
    void theLinesStayInsideThePlotAndTheTopTickIsAboveEverything() {
        Element svg = svg(planOnly(118_800, 10, 118_800.0));
        for (Element marker : svg.select("g.marker circle")) {
            assertThat(Double.parseDouble(marker.attr("cy"))).as("below the top gridline").isGreaterThanOrEqualTo(40);
        }
    }

    @Test
    void bacAndEacLabelsOnTheSamePointDoNotOverlap() {
        // DATA in the demo: not started, EAC = BAC at the planned finish; the labels "BAC 119k" and "EAC 119k" were drawn
        // on top of each other and read as one garbled label
        Element svg = svg(planOnly(118_800, 10, 118_800.0));
        Element bac = svg.selectFirst("g.marker[data-marker=bac] text");
        Element eac = svg.selectFirst("g.marker[data-marker=eac] text");
        double dy = Math.abs(Double.parseDouble(bac.attr("y")) - Double.parseDouble(eac.attr("y")));
        double dx = Math.abs(Double.parseDouble(bac.attr("x")) - Double.parseDouble(eac.attr("x")));
        assertThat(dy >= 12 || dx >= 60).as("labels apart: dx=%s dy=%s", dx, dy).isTrue();
    }
}
