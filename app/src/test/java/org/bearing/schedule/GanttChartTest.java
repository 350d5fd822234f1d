package org.bearing.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The Gantt drawing is well-formed SVG with one shape per task, one arrow per link, and the critical path in red. */
class GanttChartTest {

    private static ScheduledTask task(long id, String name, int level, boolean summary, boolean milestone, String start, String finish,
                                      boolean critical) {
        return new ScheduledTask(id, name, level, summary, milestone, 0, LocalDateTime.parse(start), LocalDateTime.parse(finish),
                LocalDateTime.parse(start), LocalDateTime.parse(finish), LocalDateTime.parse(start), LocalDateTime.parse(finish),
                critical ? 0 : 960, 0, critical);
    }

    @Test
    void drawsEveryTaskLinkAndTheCriticalPath() throws Exception {
        List<ScheduledTask> tasks = List.of(
                task(1, "Build & <test>", 1, true, false, "2026-01-05T08:00", "2026-01-09T17:00", true),
                task(2, "Design", 2, false, false, "2026-01-05T08:00", "2026-01-06T17:00", true),
                task(3, "Code", 2, false, false, "2026-01-07T08:00", "2026-01-09T17:00", true),
                task(4, "Docs", 2, false, false, "2026-01-05T08:00", "2026-01-05T17:00", false),
                task(5, "Done", 1, false, true, "2026-01-09T17:00", "2026-01-09T17:00", true));
        ProjectSchedule s = new ProjectSchedule(1, LocalDateTime.parse("2026-01-05T08:00"), LocalDateTime.parse("2026-01-09T17:00"),
                tasks, List.of(1L, 2L, 3L, 5L), List.of(2L, 3L, 5L), List.of());
        List<GanttChart.Link> links = List.of(new GanttChart.Link(2, 3, "FS"), new GanttChart.Link(3, 5, "FS"), new GanttChart.Link(4, 5, "FF"));
        String svg = GanttChart.svg(s, links, Map.of(2L, new GanttChart.BaselineBar(LocalDateTime.parse("2026-01-05T08:00"),
                LocalDateTime.parse("2026-01-07T17:00"))), LocalDate.of(2026, 1, 6), LocalDate.of(2026, 1, 7), GanttChart.Zoom.DAY);

        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(byClass(doc, "rect", "bar")).hasSize(1);
        assertThat(byClass(doc, "rect", "bar critical")).hasSize(2);
        assertThat(byClass(doc, "path", "summary")).hasSize(1);
        assertThat(byClass(doc, "path", "milestone critical")).as("Done is on the critical path").hasSize(1);
        // Links, baseline bars and progress are one path each, a segment ("M...") per item.
        assertThat(byClass(doc, "path", "link")).singleElement().satisfies(p -> assertThat(p.getAttribute("d").split("M", -1)).hasSize(2));
        assertThat(byClass(doc, "path", "link critical")).singleElement()
                .satisfies(p -> assertThat(p.getAttribute("d").split("M", -1)).as("Design → Code → Done").hasSize(3));
        assertThat(byClass(doc, "path", "baseline")).singleElement().satisfies(p -> assertThat(p.getAttribute("d").split("M", -1)).hasSize(2));
        assertThat(doc.getElementsByTagName("rect").getLength()).as("bars, the row bands' pattern, its fill and the header: no per-row bands")
                .isEqualTo(3 + 3);
        assertThat(svg).contains("Build &amp; &lt;test&gt;");
    }

    @Test
    void fiveThousandTasksDrawQuickly() {
        List<ScheduledTask> tasks = new ArrayList<>();
        List<GanttChart.Link> links = new ArrayList<>();
        LocalDateTime start = LocalDateTime.parse("2026-01-05T08:00");
        for (int i = 0; i < 5000; i++) {
            LocalDateTime s = start.plusDays(i / 10);
            tasks.add(new ScheduledTask(i, "Task " + i, 1 + i % 3, false, false, 0, s, s.plusHours(9), s, s.plusHours(9), s, s.plusHours(9),
                    0, 0, i % 7 == 0));
            if (i > 0) {
                links.add(new GanttChart.Link(i - 1, i, "FS"));
            }
        }
        ProjectSchedule s = new ProjectSchedule(1, start, start.plusDays(500), tasks, List.of(), List.of(), List.of());
        GanttChart.svg(s, links, Map.of(), null, LocalDate.of(2026, 3, 1), GanttChart.Zoom.WEEK); // warm up
        long t0 = System.nanoTime();
        String svg = GanttChart.svg(s, links, Map.of(), null, LocalDate.of(2026, 3, 1), GanttChart.Zoom.WEEK);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(svg).contains("Task 4999");
        assertThat(ms).as("5,000-task Gantt render time in ms").isLessThan(1000);
    }

    private static List<Element> byClass(Document doc, String tag, String cls) {
        NodeList nodes = doc.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (cls.equals(e.getAttribute("class"))) {
                out.add(e);
            }
        }
        return out;
    }
}
