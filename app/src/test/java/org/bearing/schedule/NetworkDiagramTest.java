package org.bearing.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The precedence network is well-formed SVG with one box per shown task, red boxes on exactly the critical tasks,
 * no two boxes overlapping, every arrow ending on its successor's border and pointing rightwards in rank, and it draws
 * 1,000 tasks in well under a second.
 */
class NetworkDiagramTest {
    private static final LocalDateTime T0 = LocalDateTime.parse("2026-01-05T08:00");

    private static ScheduledTask task(long id, String name, boolean summary, int startDay, int days, boolean critical) {
        LocalDateTime s = T0.plusDays(startDay);
        LocalDateTime f = s.plusDays(days).withHour(17);
        return new ScheduledTask(id, name, summary ? 1 : 2, summary, days == 0, 0, s, f, s, f, s, f, critical ? 0 : 960, 0, critical);
    }

    private static ProjectSchedule schedule(List<ScheduledTask> tasks) {
        return new ProjectSchedule(1, T0, T0.plusDays(30), tasks, List.of(), List.of(), List.of());
    }

    /** A: summary over B..F; B → C → E (critical), B → D →(SS +1d) E, F alone, E →(FF) G milestone. */
    private static final List<ScheduledTask> SMALL = List.of(
            task(1, "Release & <rollout>", true, 0, 10, true),
            task(2, "Design", false, 0, 2, true),
            task(3, "Build", false, 2, 5, true),
            task(4, "Docs", false, 2, 2, false),
            task(5, "Test", false, 7, 3, true),
            task(6, "Training", false, 0, 1, false),
            task(7, "Go-live", false, 10, 0, true));
    private static final List<NetworkDiagram.Link> SMALL_LINKS = List.of(
            new NetworkDiagram.Link(2, 3, "FS", "", false),
            new NetworkDiagram.Link(2, 4, "FS", "", false),
            new NetworkDiagram.Link(3, 5, "FS", "", true),
            new NetworkDiagram.Link(4, 5, "SS", "+1d", false),
            new NetworkDiagram.Link(5, 7, "FF", "", false),
            new NetworkDiagram.Link(1, 6, "SS", "", false));

    @Test
    void oneBoxPerTaskCriticalOnExactlyTheCriticalTasksAndSummariesOnlyWhenAsked() throws Exception {
        Document doc = parse(NetworkDiagram.svg(schedule(SMALL), durations(SMALL), SMALL_LINKS, NetworkDiagram.Options.whole()));
        List<Element> boxes = elements(doc, "rect", "node");
        assertThat(ids(boxes)).containsExactlyInAnyOrder(2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(ids(elements(doc, "rect", "critical"))).containsExactlyInAnyOrder(3L, 5L, 7L, 2L);
        assertThat(elements(doc, "path", "link")).as("the summary's link is hidden with it").hasSize(5);
        assertThat(elements(doc, "path", "driving")).hasSize(1);
        assertThat(doc.getDocumentElement().getTextContent()).contains("SS +1d").contains("FF").contains("Dur 3d");

        Document withSummaries = parse(NetworkDiagram.svg(schedule(SMALL), durations(SMALL), SMALL_LINKS,
                new NetworkDiagram.Options(true, null, 0, 480, "/projects/1/network?focus=")));
        assertThat(ids(elements(withSummaries, "rect", "node"))).hasSize(7).contains(1L);
        assertThat(ids(elements(withSummaries, "rect", "summary"))).containsExactly(1L);
        assertThat(withSummaries.getElementsByTagName("a").getLength()).as("every box links to its focus view").isEqualTo(7);
        assertThat(withSummaries.getDocumentElement().getTextContent()).as("names are escaped, not dropped").contains("Release & <rollout>");
    }

    @Test
    void boxesNeverOverlapAndArrowsEndOnTheSuccessorsBorder() throws Exception {
        for (List<ScheduledTask> tasks : List.of(SMALL, randomTasks(300, 7))) {
            List<NetworkDiagram.Link> links = tasks == SMALL ? SMALL_LINKS : randomLinks(tasks, 7);
            Document doc = parse(NetworkDiagram.svg(schedule(tasks), durations(tasks), links,
                    new NetworkDiagram.Options(true, null, 0, 480, null)));
            Map<Long, double[]> box = new HashMap<>();
            for (Element e : elements(doc, "rect", "node")) {
                box.put(Long.parseLong(e.getAttribute("data-task-id")), new double[] {num(e, "x"), num(e, "y"), num(e, "width"), num(e, "height")});
            }
            List<double[]> all = new ArrayList<>(box.values());
            for (int i = 0; i < all.size(); i++) {
                for (int j = i + 1; j < all.size(); j++) {
                    double[] a = all.get(i);
                    double[] b = all.get(j);
                    boolean apart = a[0] + a[2] <= b[0] || b[0] + b[2] <= a[0] || a[1] + a[3] <= b[1] || b[1] + b[3] <= a[1];
                    assertThat(apart).as("boxes %s and %s overlap", List.of(a[0], a[1]), List.of(b[0], b[1])).isTrue();
                }
            }
            List<Element> arrows = elements(doc, "path", "link");
            assertThat(arrows).hasSize(links.size());
            for (Element p : arrows) {
                String[] d = p.getAttribute("d").trim().split("[ ,ML]+");
                double ex = Double.parseDouble(d[d.length - 2]);
                double ey = Double.parseDouble(d[d.length - 1]);
                double[] to = box.get(Long.parseLong(p.getAttribute("data-to")));
                double[] from = box.get(Long.parseLong(p.getAttribute("data-from")));
                boolean onLeft = ex == to[0] && ey >= to[1] && ey <= to[1] + to[3];
                boolean onBottom = ey == to[1] + to[3] && ex >= to[0] && ex <= to[0] + to[2];
                assertThat(onLeft || onBottom).as("arrow %s ends on its successor's left or bottom border", p.getAttribute("d")).isTrue();
                String type = p.getElementsByTagName("title").item(0).getTextContent().substring(0, 2);
                assertThat(onLeft).as("a link to a start enters on the left, to a finish from below: %s", type)
                        .isEqualTo(type.equals("FS") || type.equals("SS"));
                assertThat(from[0]).as("links point to a later column").isLessThan(to[0]);
                assertThat(p.getAttribute("marker-end")).startsWith("url(#net-arrow");
            }
        }
    }

    @Test
    void focusShowsPredecessorsAndSuccessorsDepthLevelsDeep() throws Exception {
        NetworkDiagram.Options focus = new NetworkDiagram.Options(false, 4L, 1, 480, null);
        Document doc = parse(NetworkDiagram.svg(schedule(SMALL), durations(SMALL), SMALL_LINKS, focus));
        assertThat(ids(elements(doc, "rect", "node"))).containsExactlyInAnyOrder(2L, 4L, 5L);
        assertThat(ids(elements(doc, "rect", "focus"))).containsExactly(4L);
        Document deeper = parse(NetworkDiagram.svg(schedule(SMALL), durations(SMALL), SMALL_LINKS,
                new NetworkDiagram.Options(false, 4L, 2, 480, null)));
        assertThat(ids(elements(deeper, "rect", "node"))).containsExactlyInAnyOrder(2L, 4L, 5L, 7L);
    }

    @Test
    void ranksAreLongestPaths() {
        // 0 → 1 → 2 and 0 → 2: task 2 is two links from the start, not one.
        int[] rank = NetworkDiagram.ranks(3, new int[][] {{}, {0}, {1, 0}}, new int[][] {{1, 2}, {2}, {}});
        assertThat(rank).containsExactly(0, 1, 2);
    }

    @Test
    void drawsAThousandTasksInWellUnderASecond() {
        List<ScheduledTask> tasks = randomTasks(1000, 11);
        List<NetworkDiagram.Link> links = randomLinks(tasks, 11);
        Map<Long, Long> durations = durations(tasks);
        NetworkDiagram.Options options = new NetworkDiagram.Options(false, null, 0, 480, "/projects/1/network?focus=");
        String svg = "";
        for (int warm = 0; warm < 3; warm++) {
            svg = NetworkDiagram.svg(schedule(tasks), durations, links, options);
        }
        // CPU time of this thread, not wall time: the build machine's cores are shared, and waiting is not drawing.
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        long bestWall = Long.MAX_VALUE;
        for (int run = 0; run < 5; run++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            svg = NetworkDiagram.svg(schedule(tasks), durations, links, options);
            bestWall = Math.min(bestWall, System.nanoTime() - t0);
            best = Math.min(best, threads.getCurrentThreadCpuTime() - cpu);
        }
        System.out.printf("NetworkDiagram: 1000 tasks, %d links, best of 5: %.1f ms CPU, %.1f ms wall, %d KiB%n", links.size(), best / 1e6,
                bestWall / 1e6, svg.length() / 1024);
        assertThat(svg).contains("Network diagram of 1000 tasks");
        assertThat(best / 1e6).as("CPU milliseconds").isLessThan(300);
    }

    private static List<ScheduledTask> randomTasks(int n, long seed) {
        Random r = new Random(seed);
        List<ScheduledTask> tasks = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            tasks.add(task(i, "Task " + i, false, r.nextInt(100), 1 + r.nextInt(9), r.nextInt(5) == 0));
        }
        return tasks;
    }

    /** About 1.5 links per task, each from an earlier task to a later one (an acyclic network like a real plan). */
    private static List<NetworkDiagram.Link> randomLinks(List<ScheduledTask> tasks, long seed) {
        Random r = new Random(seed);
        String[] types = {"FS", "FS", "FS", "SS", "FF", "SF"};
        Set<String> seen = new java.util.HashSet<>();
        List<NetworkDiagram.Link> links = new ArrayList<>();
        for (int k = 0; k < tasks.size() * 3 / 2; k++) {
            int s = 1 + r.nextInt(tasks.size() - 1);
            int p = Math.max(0, s - 1 - r.nextInt(Math.min(s, 20)));
            if (seen.add(p + ">" + s)) {
                links.add(new NetworkDiagram.Link(tasks.get(p).taskId(), tasks.get(s).taskId(), types[r.nextInt(types.length)],
                        r.nextInt(4) == 0 ? "+2d" : "", false));
            }
        }
        return links;
    }

    private static Map<Long, Long> durations(List<ScheduledTask> tasks) {
        return tasks.stream().collect(Collectors.toMap(ScheduledTask::taskId,
                t -> t.milestone() ? 0L : 480L * (t.finish().toLocalDate().toEpochDay() - t.start().toLocalDate().toEpochDay() + 1)));
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Document doc, String tag, String cls) {
        NodeList list = doc.getElementsByTagName(tag);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element) list.item(i);
            if (List.of(e.getAttribute("class").split(" ")).contains(cls)) {
                found.add(e);
            }
        }
        return found;
    }

    private static List<Long> ids(List<Element> boxes) {
        return boxes.stream().map(e -> Long.parseLong(e.getAttribute("data-task-id"))).toList();
    }

    private static double num(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }
}
