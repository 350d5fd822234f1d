package org.bearing.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.bearing.plan.Assignments;
import org.bearing.plan.Baselines;
import org.bearing.plan.Dependencies;
import org.bearing.plan.Projects;
import org.bearing.plan.Resources;
import org.bearing.plan.Tasks;
import org.bearing.schedule.GanttChart;
import org.bearing.schedule.ProjectSchedule;
import org.bearing.schedule.Scheduling;
import org.bearing.support.Chromium;
import org.bearing.support.PageSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The issue's targets for a 5,000-task project: the server renders its Gantt in at most 300 ms, and the project page
 * is complete in the browser (Navigation Timing loadEventEnd) within 1.5 s. Each figure is the median of several
 * runs after warm-up, printed to the test output. Also checks the page's print layout.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:scale;DB_CLOSE_DELAY=-1", "bearing.admin-password=" + GanttScaleIT.PASSWORD})
class GanttScaleIT {
    static final String PASSWORD = "scale-test";
    static final long SERVER_BUDGET_MS = 300;
    static final long BROWSER_BUDGET_MS = 1500;
    private static ChromeDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    Projects projects;
    @Autowired
    Tasks tasks;
    @Autowired
    Dependencies dependencies;
    @Autowired
    Resources resources;
    @Autowired
    Assignments assignments;
    @Autowired
    Baselines baselines;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    Scheduling scheduling;
    @Autowired
    Workspace workspace;
    @Autowired
    TemplateEngine templates;

    @BeforeAll
    static void startChromium() throws Exception {
        browser = Chromium.start();
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void fiveThousandTaskGanttRendersWithinTheIssueTargets() throws Exception {
        ScaleProject.Built built = ScaleProject.build("SCALE", 40, projects, tasks, dependencies, resources, assignments, baselines, tx);
        assertThat(built.tasks()).isEqualTo(5000);
        assertThat(built.links()).isGreaterThan(4500);
        System.out.printf("GanttScaleIT: built %d tasks, %d links, 4800 assignments and a baseline in %d ms (%s)%n", built.tasks(),
                built.links(), built.millis(), built.phases());
        long id = built.projectId();

        // Server: the Gantt drawing alone, and the whole page (data, drawing and HTML) in process, in CPU time of the
        // rendering thread: on a 2-core machine shared with other builds, wall time measures the neighbours.
        ProjectSchedule schedule = scheduling.schedule(id);
        List<GanttChart.Link> links = dependencies.all(id).stream()
                .map(d -> new GanttChart.Link(d.predecessorId(), d.successorId(), d.type().name())).toList();
        LocalDate today = LocalDate.of(2026, 3, 2);
        String svg = GanttChart.svg(schedule, links, Map.of(), null, today, GanttChart.Zoom.MONTH);
        assertThat(svg).contains("Gantt chart of 5000 tasks").contains("class=\"bar critical\"").contains("class=\"link\"");
        Timing svgTime = Timing.median(15, 5, () -> GanttChart.svg(schedule, links, Map.of(), null, today, GanttChart.Zoom.MONTH).length());
        Timing pageTime = Timing.median(9, 3, () -> {
            StringOutput html = new StringOutput();
            templates.render("workspace/project.jte", Map.of("page", workspace.page(id, GanttChart.Zoom.MONTH, today)), html);
            return html.toString().length();
        });
        // And over HTTP with a signed-in session, as a browser asks for it.
        PageSession http = PageSession.signIn("http://localhost:" + port, "admin", PASSWORD);
        String body = http.get("/projects/" + id);
        assertThat(body).contains("Work package 40.4").contains("Gantt chart of 5000 tasks");
        Timing httpTime = Timing.median(9, 3, () -> http.get("/projects/" + id).length());
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        int cores = Runtime.getRuntime().availableProcessors();
        boolean quiet = load >= 0 && load <= cores;
        System.out.printf(Locale.ROOT, "GanttScaleIT: load average %.1f on %d cores%n", load, cores);
        System.out.printf(Locale.ROOT, "GanttScaleIT: server, 5000 tasks: GanttChart.svg median %d ms CPU (%d ms wall), %d KB; "
                        + "whole page in process median %d ms CPU (%d ms wall); GET /projects/{id} median %d ms wall, %d KB of HTML%n",
                svgTime.cpuMillis(), svgTime.wallMillis(), svg.length() / 1024, pageTime.cpuMillis(), pageTime.wallMillis(),
                httpTime.wallMillis(), body.length() / 1024);
        assertThat(svgTime.cpuMillis()).as("server render of the 5,000-task Gantt, ms").isLessThanOrEqualTo(SERVER_BUDGET_MS);
        assertThat(pageTime.cpuMillis()).as("whole 5,000-task project page, ms").isLessThanOrEqualTo(SERVER_BUDGET_MS);
        if (quiet) {
            assertThat(httpTime.wallMillis()).as("whole 5,000-task project page over HTTP, ms").isLessThanOrEqualTo(SERVER_BUDGET_MS);
        }

        // Browser: sign in, warm up, then the median of several complete loads.
        String base = "http://localhost:" + port;
        Chromium.signIn(browser, base, "admin", PASSWORD);
        List<Long> loads = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            browser.get(base + "/projects/" + id);
            long ms = loadMillis();
            if (i >= 1) {
                loads.add(ms);
            }
        }
        Collections.sort(loads);
        long browserMedian = loads.get(loads.size() / 2);
        int bars = ((Number) browser.executeScript("return document.querySelectorAll('svg.gantt rect.bar').length")).intValue();
        assertThat(bars).as("every leaf task has its bar").isEqualTo(4800);
        System.out.printf("GanttScaleIT: browser, 5000 tasks: page complete (loadEventEnd) median %d ms of %s%n", browserMedian, loads);
        browser.executeScript("document.querySelector('.gantt-scroll').scrollIntoView()");
        screenshot("gantt-5000");
        if (quiet) {
            assertThat(browserMedian).as("5,000-task project page complete in the browser, ms").isLessThanOrEqualTo(BROWSER_BUDGET_MS);
        } else {
            System.out.printf(Locale.ROOT, "GanttScaleIT: wall-clock budgets not asserted: the machine is busy (load %.1f on %d cores)%n", load, cores);
        }

        // Print: no navigation, the chart at full width.
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(browser.findElement(By.cssSelector("header.top")).isDisplayed()).as("no navigation on paper").isFalse();
        assertThat(browser.findElement(By.cssSelector("nav.tabs")).isDisplayed()).isFalse();
        Object overflow = browser.executeScript("return getComputedStyle(document.querySelector('.gantt-scroll')).overflow");
        assertThat(overflow).as("the whole chart prints, not a scrolled window of it").isEqualTo("visible");
        screenshot("gantt-5000-print");
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }

    /** loadEventEnd − startTime of the current page's Navigation Timing entry (level 2), in ms. */
    private static long loadMillis() {
        JavascriptExecutor js = browser;
        for (int i = 0; i < 100; i++) {
            Object v = js.executeScript("var n = performance.getEntriesByType('navigation')[0]; return n && n.loadEventEnd > 0 ? n.loadEventEnd - n.startTime : -1;");
            long ms = Math.round(((Number) v).doubleValue());
            if (ms >= 0) {
                return ms;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("the page never finished loading");
    }

    /** The median wall and CPU time in ms of {@code runs} calls after {@code warmups} unmeasured ones. */
    record Timing(long wallMillis, long cpuMillis) {
        static Timing median(int runs, int warmups, LongSupplier work) {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long sink = 0;
            for (int i = 0; i < warmups; i++) {
                sink += work.getAsLong();
            }
            List<Long> wall = new ArrayList<>();
            List<Long> cpu = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                sink += work.getAsLong();
                wall.add((System.nanoTime() - t0) / 1_000_000);
                cpu.add((threads.getCurrentThreadCpuTime() - c0) / 1_000_000);
            }
            assertThat(sink).isPositive();
            Collections.sort(wall);
            Collections.sort(cpu);
            return new Timing(wall.get(runs / 2), cpu.get(runs / 2));
        }
    }

    private static void screenshot(String name) throws Exception {
        Chromium.screenshot(browser, name);
    }
}
