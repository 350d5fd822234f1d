package org.bearing.schedule;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Draws a schedule as an activity-on-node precedence network (MS Project's Network Diagram) in SVG on the server: one
 * box per task with its name, ID, start, finish, duration and total float; one arrow per dependency from the side of
 * the predecessor the link type names (start = left, finish = right) to the side of the successor it names, labelled
 * with its type and lag when either is not a plain FS. Critical boxes and links between critical tasks are red.
 *
 * <p>Layout: a task's column is its <em>rank</em>, the number of links on the longest chain of links that ends at it
 * (so every arrow points right). Within a column boxes are ordered by the barycentre heuristic (the mean position of
 * their neighbours, swept left-to-right and right-to-left a few times), which removes most crossings, and then placed
 * as close as possible to the mean height of their predecessors so that chains run straight. Rows never overlap: each
 * box sits at least one box height plus a gap below the previous box of its column.
 *
 * <p>Focus mode draws only one task's predecessors and successors up to {@code depth} links away: the dependency map.
 * Links marked {@code driving} (the predecessor link that sets a successor's early start) are drawn purple and bold.
 */
public final class NetworkDiagram {
    /** Box width and height in pixels; public so tests and pages can reason about the drawing. */
    public static final int BOX_WIDTH = 188;
    public static final int BOX_HEIGHT = 84;
    static final int GAP_X = 76;
    static final int GAP_Y = 34;
    /** How far from a box's corner a start link leaves it or a finish link enters it, on the bottom edge. */
    static final int CORNER = 22;
    static final int MARGIN = 24;
    private static final int SWEEPS = 4;

    /**
     * A dependency to draw: {@code type} is FS, SS, FF or SF; {@code lag} its label such as "+2d" or "" for none;
     * {@code driving} when this link sets the successor's early start.
     */
    public record Link(long predecessorId, long successorId, String type, String lag, boolean driving) {
    }

    /**
     * What to draw. {@code focusTaskId} null draws the whole network; otherwise the task's neighbourhood {@code depth}
     * links deep both ways. {@code minutesPerDay} converts durations and floats to days for the boxes.
     * {@code hrefPrefix}, when set, makes every box a link to {@code hrefPrefix + taskId} (to focus on it).
     */
    public record Options(boolean summaries, Long focusTaskId, int depth, int minutesPerDay, String hrefPrefix) {
        public static Options whole() {
            return new Options(false, null, 0, 480, null);
        }
    }

    private NetworkDiagram() {
    }

    public static String svg(ProjectSchedule schedule, Map<Long, Long> durationMinutes, List<Link> links, Options options) {
        List<ScheduledTask> all = schedule.tasks();
        Map<Long, Integer> rowOf = new HashMap<>(all.size() * 2);
        for (int r = 0; r < all.size(); r++) {
            rowOf.put(all.get(r).taskId(), r);
        }
        Set<Long> shown = shownTasks(all, links, options);
        // Nodes in outline order: the starting order inside each column.
        List<ScheduledTask> nodes = new ArrayList<>();
        Map<Long, Integer> nodeOf = new HashMap<>(shown.size() * 2);
        for (ScheduledTask t : all) {
            if (shown.contains(t.taskId())) {
                nodeOf.put(t.taskId(), nodes.size());
                nodes.add(t);
            }
        }
        List<Link> drawn = new ArrayList<>();
        for (Link l : links) {
            if (nodeOf.containsKey(l.predecessorId()) && nodeOf.containsKey(l.successorId()) && l.predecessorId() != l.successorId()) {
                drawn.add(l);
            }
        }
        int n = nodes.size();
        int[][] preds = adjacency(n, drawn, nodeOf, true);
        int[][] succs = adjacency(n, drawn, nodeOf, false);
        int[] rank = ranks(n, preds, succs);
        double[] y = place(n, rank, preds, succs);

        int columns = 0;
        double bottom = 0;
        for (int v = 0; v < n; v++) {
            columns = Math.max(columns, rank[v] + 1);
            bottom = Math.max(bottom, y[v] + BOX_HEIGHT);
        }
        int width = MARGIN * 2 + Math.max(1, columns) * (BOX_WIDTH + GAP_X) - GAP_X;
        int height = (int) Math.ceil(bottom) + MARGIN * 2;
        StringBuilder svg = new StringBuilder(256 + n * 900 + drawn.size() * 260);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"network\" role=\"img\" aria-label=\"Network diagram of ")
                .append(n).append(" tasks and ").append(drawn.size()).append(" links\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" font-family=\"system-ui, sans-serif\" font-size=\"12\">\n<defs>");
        marker(svg, "net-arrow", "#667085");
        marker(svg, "net-arrow-critical", "#d92d20");
        marker(svg, "net-arrow-driving", "#6938ef");
        svg.append("</defs>\n");
        // Plain links first, then critical, then driving: the lines that matter are drawn on top.
        for (int layer = 0; layer < 3; layer++) {
            for (Link l : drawn) {
                int p = nodeOf.get(l.predecessorId());
                int s = nodeOf.get(l.successorId());
                boolean critical = nodes.get(p).critical() && nodes.get(s).critical();
                if ((l.driving() ? 2 : critical ? 1 : 0) == layer) {
                    link(svg, l, p, x(rank[p]), y[p], x(rank[s]), y[s], critical);
                }
            }
        }
        for (int v = 0; v < n; v++) {
            ScheduledTask t = nodes.get(v);
            box(svg, t, rowOf.get(t.taskId()) + 1, durationMinutes.get(t.taskId()), x(rank[v]), y[v], options);
        }
        return svg.append("</svg>\n").toString();
    }

    /** The tasks to draw: all (summaries only when asked), or the focus task's neighbourhood. */
    private static Set<Long> shownTasks(List<ScheduledTask> all, List<Link> links, Options options) {
        Set<Long> candidates = new LinkedHashSet<>();
        for (ScheduledTask t : all) {
            if (options.summaries() || !t.summary() || (options.focusTaskId() != null && options.focusTaskId() == t.taskId())) {
                candidates.add(t.taskId());
            }
        }
        if (options.focusTaskId() == null || !candidates.contains(options.focusTaskId())) {
            return candidates;
        }
        Map<Long, List<Long>> back = new HashMap<>();
        Map<Long, List<Long>> ahead = new HashMap<>();
        for (Link l : links) {
            if (candidates.contains(l.predecessorId()) && candidates.contains(l.successorId())) {
                ahead.computeIfAbsent(l.predecessorId(), k -> new ArrayList<>()).add(l.successorId());
                back.computeIfAbsent(l.successorId(), k -> new ArrayList<>()).add(l.predecessorId());
            }
        }
        Set<Long> shown = new LinkedHashSet<>();
        shown.add(options.focusTaskId());
        reach(options.focusTaskId(), back, options.depth(), shown);
        reach(options.focusTaskId(), ahead, options.depth(), shown);
        return shown;
    }

    /** Breadth-first: every task within {@code depth} links of {@code from} along {@code edges}. */
    private static void reach(long from, Map<Long, List<Long>> edges, int depth, Set<Long> into) {
        Map<Long, Integer> distance = new HashMap<>();
        Deque<Long> queue = new ArrayDeque<>();
        distance.put(from, 0);
        queue.add(from);
        while (!queue.isEmpty()) {
            long at = queue.poll();
            int d = distance.get(at);
            if (d == depth) {
                continue;
            }
            for (long next : edges.getOrDefault(at, List.of())) {
                if (distance.putIfAbsent(next, d + 1) == null) {
                    into.add(next);
                    queue.add(next);
                }
            }
        }
    }

    private static int[][] adjacency(int n, List<Link> links, Map<Long, Integer> nodeOf, boolean predecessors) {
        int[] count = new int[n];
        for (Link l : links) {
            count[nodeOf.get(predecessors ? l.successorId() : l.predecessorId())]++;
        }
        int[][] adj = new int[n][];
        for (int v = 0; v < n; v++) {
            adj[v] = new int[count[v]];
        }
        Arrays.fill(count, 0);
        for (Link l : links) {
            int from = nodeOf.get(predecessors ? l.successorId() : l.predecessorId());
            int to = nodeOf.get(predecessors ? l.predecessorId() : l.successorId());
            adj[from][count[from]++] = to;
        }
        return adj;
    }

    /** Longest-path rank by Kahn's topological order; tasks left on a cycle (refused by the plan) keep the rank reached. */
    static int[] ranks(int n, int[][] preds, int[][] succs) {
        int[] rank = new int[n];
        int[] waiting = new int[n];
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        for (int v = 0; v < n; v++) {
            waiting[v] = preds[v].length;
            if (waiting[v] == 0) {
                queue[tail++] = v;
            }
        }
        while (head < tail) {
            int v = queue[head++];
            for (int s : succs[v]) {
                rank[s] = Math.max(rank[s], rank[v] + 1);
                if (--waiting[s] == 0) {
                    queue[tail++] = s;
                }
            }
        }
        return rank;
    }

    /** Orders each column by barycentres, then gives every box its top y. */
    private static double[] place(int n, int[] rank, int[][] preds, int[][] succs) {
        int columns = 0;
        for (int v = 0; v < n; v++) {
            columns = Math.max(columns, rank[v] + 1);
        }
        List<List<Integer>> column = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            column.add(new ArrayList<>());
        }
        for (int v = 0; v < n; v++) {
            column.get(rank[v]).add(v);
        }
        double[] pos = new double[n];
        for (List<Integer> col : column) {
            for (int i = 0; i < col.size(); i++) {
                pos[col.get(i)] = i;
            }
        }
        double[] key = new double[n];
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            for (int c = 1; c < columns; c++) {
                reorder(column.get(c), preds, pos, key);
            }
            for (int c = columns - 2; c >= 0; c--) {
                reorder(column.get(c), succs, pos, key);
            }
        }
        double step = BOX_HEIGHT + GAP_Y;
        double[] y = new double[n];
        for (List<Integer> col : column) {
            double next = MARGIN;
            for (int v : col) {
                double want = next;
                if (preds[v].length > 0) {
                    double sum = 0;
                    for (int p : preds[v]) {
                        sum += y[p];
                    }
                    want = MARGIN + Math.round((sum / preds[v].length - MARGIN) / step) * step;
                }
                y[v] = Math.max(next, want);
                next = y[v] + step;
            }
        }
        return y;
    }

    /** Sorts a column by the mean position of each box's neighbours (boxes without neighbours keep their place). */
    private static void reorder(List<Integer> col, int[][] neighbours, double[] pos, double[] key) {
        for (int v : col) {
            if (neighbours[v].length == 0) {
                key[v] = pos[v];
            } else {
                double sum = 0;
                for (int u : neighbours[v]) {
                    sum += pos[u];
                }
                key[v] = sum / neighbours[v].length;
            }
        }
        col.sort((a, b) -> key[a] != key[b] ? Double.compare(key[a], key[b]) : Double.compare(pos[a], pos[b]));
        for (int i = 0; i < col.size(); i++) {
            pos[col.get(i)] = i;
        }
    }

    private static double x(int rank) {
        return MARGIN + rank * (BOX_WIDTH + GAP_X);
    }

    private static void marker(StringBuilder svg, String id, String color) {
        svg.append("<marker id=\"").append(id).append("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\"")
                .append(" orient=\"auto\" markerUnits=\"userSpaceOnUse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"").append(color)
                .append("\"/></marker>");
    }

    /**
     * An orthogonal line from the part of the predecessor the link type names to the part of the successor it names:
     * a finish leaves from the right edge, a start from the bottom edge near the left corner; a start is entered at the
     * left edge, a finish from below near the right corner. Every box sits on a grid of rows and columns, so the line
     * runs only in the corridors between columns and the channels between rows and never crosses a box; the four
     * types look different even without their labels, and the arrowhead ends on the successor's border.
     */
    private static void link(StringBuilder svg, Link l, int lane, double px, double py, double sx, double sy, boolean critical) {
        String type = l.type() == null ? "FS" : l.type();
        boolean fromFinish = type.equals("FS") || type.equals("FF");
        boolean toStart = type.equals("FS") || type.equals("SS");
        double x0 = fromFinish ? px + BOX_WIDTH : px + CORNER;
        double y0 = fromFinish ? py + BOX_HEIGHT / 2.0 : py + BOX_HEIGHT;
        double x1 = toStart ? sx : sx + BOX_WIDTH - CORNER;
        double y1 = toStart ? sy + BOX_HEIGHT / 2.0 : sy + BOX_HEIGHT;
        double jitter = (lane % 5 - 2) * 5;
        double corridorOut = px + BOX_WIDTH + GAP_X / 2.0 + jitter;
        double corridorIn = sx - GAP_X / 2.0 + jitter;
        StringBuilder d = new StringBuilder(96).append('M').append(f(x0)).append(',').append(f(y0));
        if (!fromFinish) {
            point(d, x0, py + BOX_HEIGHT + GAP_Y / 2.0 + jitter / 2);
            point(d, corridorOut, py + BOX_HEIGHT + GAP_Y / 2.0 + jitter / 2);
        } else {
            point(d, corridorOut, y0);
        }
        if (toStart) {
            if (corridorIn != corridorOut) {
                double channel = sy - GAP_Y / 2.0 + jitter / 2;
                point(d, corridorOut, channel);
                point(d, corridorIn, channel);
            }
            point(d, corridorIn, y1);
        } else {
            double channel = sy + BOX_HEIGHT + GAP_Y / 2.0 + jitter / 2;
            point(d, corridorOut, channel);
            point(d, x1, channel);
        }
        point(d, x1, y1);
        String cls = "link" + (critical ? " critical" : "") + (l.driving() ? " driving" : "");
        String color = l.driving() ? "#6938ef" : critical ? "#d92d20" : "#667085";
        String marker = l.driving() ? "net-arrow-driving" : critical ? "net-arrow-critical" : "net-arrow";
        svg.append("<path class=\"").append(cls).append("\" data-from=\"").append(l.predecessorId()).append("\" data-to=\"")
                .append(l.successorId()).append("\" d=\"").append(d).append("\" fill=\"none\" stroke=\"").append(color)
                .append("\" stroke-width=\"").append(l.driving() ? "2.5" : critical ? "1.8" : "1.2")
                .append("\" stroke-linejoin=\"round\" marker-end=\"url(#").append(marker).append(")\"><title>").append(type)
                .append(l.lag() == null || l.lag().isEmpty() ? "" : " " + escape(l.lag())).append(l.driving() ? ", driving" : "")
                .append("</title></path>\n");
        String label = (type.equals("FS") ? "" : type) + (l.lag() == null || l.lag().isEmpty() ? "" : (type.equals("FS") ? "" : " ") + l.lag());
        if (!label.isEmpty()) {
            svg.append("<text class=\"lag\" x=\"").append(f(x0 + 5)).append("\" y=\"").append(f(fromFinish ? y0 - 5 : y0 + 13))
                    .append("\" font-size=\"11\" fill=\"").append(l.driving() ? "#6938ef" : critical ? "#b42318" : "#344054")
                    .append("\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">").append(escape(label)).append("</text>\n");
        }
    }

    private static void point(StringBuilder d, double x, double y) {
        d.append(" L").append(f(x)).append(',').append(f(y));
    }

    private static void box(StringBuilder svg, ScheduledTask t, int id, Long duration, double x, double y, Options o) {
        boolean focus = o.focusTaskId() != null && o.focusTaskId() == t.taskId();
        String cls = "node" + (t.critical() ? " critical" : "") + (t.summary() ? " summary" : "") + (t.milestone() ? " milestone" : "")
                + (focus ? " focus" : "") + (t.percentComplete() >= 100 ? " done" : "");
        String stroke = focus ? "#1f5fbf" : t.critical() ? "#d92d20" : t.summary() ? "#344054" : "#98a2b3";
        String band = t.critical() ? "#fee4e2" : t.summary() ? "#e4e7ec" : "#eef4ff";
        String title = t.name() + " (ID " + id + ")" + (t.critical() ? ", critical" : "") + ": " + day(t.start()) + " to "
                + day(t.finish()) + ", total float " + days(t.totalFloatMinutes(), o.minutesPerDay());
        if (o.hrefPrefix() != null) {
            svg.append("<a href=\"").append(escape(o.hrefPrefix())).append(t.taskId()).append("\" aria-label=\"").append(escape(title))
                    .append("\">");
        }
        svg.append("<g class=\"box\"><title>").append(escape(title)).append("</title>");
        svg.append("<rect class=\"").append(cls).append("\" data-task-id=\"").append(t.taskId()).append("\" x=\"").append(f(x))
                .append("\" y=\"").append(f(y)).append("\" width=\"").append(BOX_WIDTH).append("\" height=\"").append(BOX_HEIGHT)
                .append("\" rx=\"6\" fill=\"#fff\" stroke=\"").append(stroke).append("\" stroke-width=\"").append(focus ? 3 : t.critical() ? 2 : 1)
                .append(t.summary() ? "\" stroke-dasharray=\"5 3" : "").append("\"/>");
        svg.append("<path d=\"M").append(f(x + 1)).append(',').append(f(y + 25)).append(" V").append(f(y + 6)).append(" q0,-5 5,-5 H")
                .append(f(x + BOX_WIDTH - 6)).append(" q5,0 5,5 V").append(f(y + 25)).append(" z\" fill=\"").append(band).append("\"/>");
        String name = (t.milestone() ? "◆ " : "") + t.name();
        svg.append("<text x=\"").append(f(x + 8)).append("\" y=\"").append(f(y + 18)).append("\" font-weight=\"600\" fill=\"")
                .append(t.critical() ? "#912018" : "#101828").append("\">").append(escape(clip(name, 26))).append("</text>");
        row(svg, x, y + 42, "Start", day(t.start()), "ID", String.valueOf(id));
        row(svg, x, y + 59, "Finish", day(t.finish()), "Dur", duration == null ? "—" : days(duration, o.minutesPerDay()));
        row(svg, x, y + 76, "Float", days(t.totalFloatMinutes(), o.minutesPerDay()), "Done", Math.round(t.percentComplete()) + "%");
        svg.append("</g>");
        if (o.hrefPrefix() != null) {
            svg.append("</a>");
        }
        svg.append('\n');
    }

    private static void row(StringBuilder svg, double x, double y, String label, String value, String label2, String value2) {
        svg.append("<text x=\"").append(f(x + 8)).append("\" y=\"").append(f(y)).append("\" fill=\"#475467\">").append(label)
                .append(" <tspan fill=\"#101828\">").append(escape(value)).append("</tspan></text>");
        svg.append("<text x=\"").append(f(x + BOX_WIDTH - 8)).append("\" y=\"").append(f(y)).append("\" text-anchor=\"end\" fill=\"#475467\">")
                .append(label2).append(" <tspan fill=\"#101828\">").append(escape(value2)).append("</tspan></text>");
    }

    private static String day(java.time.LocalDateTime t) {
        return t == null ? "—" : t.toLocalDate().toString();
    }

    /** Working minutes as days of {@code minutesPerDay}, e.g. "5d", "2.5d", "-1d". */
    static String days(long minutes, int minutesPerDay) {
        double d = minutes / (double) Math.max(1, minutesPerDay);
        return (d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.1f", d)) + "d";
    }

    /** A coordinate with at most one decimal; whole numbers without ".0" (most are, and the page is smaller). */
    private static String f(double v) {
        long tenths = Math.round(v * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : Double.toString(tenths / 10.0);
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, Math.max(1, max - 1)) + "…";
    }

    private static String escape(String s) {
        return GanttChart.escape(s);
    }
}
