package org.bearing.interop;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Maps an issue tracker's items to a schedule and a backlog, the same rules for every tracker:
 * <ul>
 * <li>hierarchy: an item's parent (a sub-task's story, a story's epic; else its "Epic Link") becomes its summary task;
 * an item with children is a summary, whose dates roll up;</li>
 * <li>"A blocks B" becomes a finish-to-start dependency from A to B (B depends on A); a link to an item not in the
 * export (another project, a filtered-out item) is left out with a warning, as real exports are rarely closed;
 * links that close a cycle refuse the file;</li>
 * <li>duration: the original estimate; else story points × {@link EstimateRule#minutesPerStoryPoint()}; else
 * {@link EstimateRule#defaultMinutes()}; each assumption is reported;</li>
 * <li>progress: done = 100 % with actual start at creation and actual finish at resolution (else last update);
 * in progress = started at the last update (else creation); to do = not started, no earlier than its sprint's start;</li>
 * <li>assignee: a work resource of that name, assigned full time to the item's task when the task is not a summary.</li>
 * </ul>
 */
final class WorkItemMapper {
    private final EstimateRule estimates;

    WorkItemMapper(EstimateRule estimates) {
        this.estimates = estimates;
    }

    WorkItemFile map(TrackerExport export, String label) throws ScheduleFileException {
        List<TrackerIssue> issues = export.issues();
        if (issues.isEmpty()) {
            throw new ScheduleFileException(label + ": the " + export.fileType() + " export holds no work items");
        }
        Map<String, Integer> uid = new HashMap<>();
        for (int i = 0; i < issues.size(); i++) {
            TrackerIssue t = issues.get(i);
            if (uid.containsKey(t.key())) {
                throw new ScheduleFileException(label + ": work item " + t.key() + " appears twice");
            }
            uid.put(t.key(), i + 1);
        }
        Map<String, Integer> byRef = new HashMap<>(uid);
        for (int i = 0; i < issues.size(); i++) {
            if (issues.get(i).id() != null) {
                byRef.putIfAbsent(issues.get(i).id(), i + 1);
            }
        }
        List<String> warnings = new ArrayList<>(export.warnings());
        Integer[] parents = parents(issues, byRef, warnings);
        Set<Integer> summaries = new HashSet<>();
        for (Integer p : parents) {
            if (p != null) {
                summaries.add(p);
            }
        }
        List<ImportedLink> links = links(issues, uid, label, warnings);

        LocalDateTime start = issues.stream().map(TrackerIssue::created).filter(Objects::nonNull).min(Comparator.naturalOrder())
                .map(d -> d.toLocalDate().atStartOfDay()).orElse(null);
        LocalDateTime status = issues.stream().flatMap(t -> java.util.stream.Stream.of(t.updated(), t.resolved()))
                .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);

        List<ImportedTask> tasks = new ArrayList<>();
        List<ImportedResource> resources = new ArrayList<>();
        List<ImportedAssignment> assignments = new ArrayList<>();
        Map<String, Integer> resourceIds = new LinkedHashMap<>();
        List<String> byPoints = new ArrayList<>();
        List<String> byDefault = new ArrayList<>();
        for (int i = 0; i < issues.size(); i++) {
            TrackerIssue t = issues.get(i);
            int id = i + 1;
            boolean summary = summaries.contains(id);
            long minutes = 0;
            if (!summary) {
                if (t.estimateMinutes() != null && t.estimateMinutes() > 0) {
                    minutes = t.estimateMinutes();
                } else if (t.storyPoints() != null && t.storyPoints() > 0) {
                    minutes = Math.round(t.storyPoints() * estimates.minutesPerStoryPoint());
                    byPoints.add(t.key());
                } else {
                    minutes = estimates.defaultMinutes();
                    byDefault.add(t.key());
                }
            }
            LocalDateTime actualStart = null;
            LocalDateTime actualFinish = null;
            double percent = 0;
            if (!summary && t.category() == TrackerIssue.Category.DONE) {
                actualFinish = first(t.resolved(), t.updated(), t.created(), status, start);
                actualStart = first(t.created(), actualFinish);
                if (actualFinish != null && actualStart.isAfter(actualFinish)) {
                    actualStart = actualFinish;
                }
                percent = 100;
            } else if (!summary && t.category() == TrackerIssue.Category.IN_PROGRESS) {
                actualStart = first(t.updated(), t.created(), status, start);
            }
            TrackerSprint sprint = t.currentSprint() == null ? null : export.sprints().get(t.currentSprint());
            boolean waitsForSprint = !summary && actualStart == null && sprint != null && sprint.start() != null;
            tasks.add(new ImportedTask(id, id, t.key() + " " + (t.summary() == null ? "" : t.summary()), parents[i], null,
                    summary ? ImportedTask.Kind.SUMMARY : ImportedTask.Kind.TASK, true, false, false,
                    minutes, false, null, null, List.of(), false, false,
                    waitsForSprint ? ImportedTask.Constraint.START_NO_EARLIER_THAN : ImportedTask.Constraint.AS_SOON_AS_POSSIBLE,
                    waitsForSprint ? sprint.start() : null, null, null, null,
                    actualStart, actualFinish, percent, null, null, null, 0));
            if (t.assignee() != null && !summary) {
                int resource = resourceIds.computeIfAbsent(t.assignee(), n -> {
                    int rid = resourceIds.size() + 1;
                    resources.add(new ImportedResource(rid, n, ImportedResource.Type.WORK, null, null, null, null, 1.0, 0, 0, 0, null));
                    return rid;
                });
                assignments.add(new ImportedAssignment(id, resource, 1.0, minutes, percent >= 100 ? minutes : 0));
            }
        }
        if (!byPoints.isEmpty()) {
            warnings.add(byPoints.size() + " work items have no original estimate; their duration is story points × "
                    + days(estimates.minutesPerStoryPoint()) + " per point: " + sample(byPoints));
        }
        if (!byDefault.isEmpty()) {
            warnings.add(byDefault.size() + " work items have neither an estimate nor story points; each lasts "
                    + days(estimates.defaultMinutes()) + ": " + sample(byDefault));
        }
        warnings.add("Done items are 100 % complete from their creation to their resolution date; items in progress started"
                + " at their last update; to-do items are not started and wait for their sprint's start when it is known");

        ImportedSchedule schedule = new ImportedSchedule(label, ScheduleFormat.WORK_TRACKER, export.fileType(), export.system(), null,
                start, status, null, 480, 2400, 0, ImportedSchedule.LagCalendar.SUCCESSOR, ImportedSchedule.FloatRule.SMALLEST,
                List.of(), tasks, links, Map.of(), export.system() + " stores no schedule dates")
                .with(resources, assignments, List.of());
        return new WorkItemFile(schedule, backlog(export, issues, parents), warnings);
    }

    /** Each item's parent task id, from its parent or else its epic link; an unknown parent leaves it at the top. */
    private static Integer[] parents(List<TrackerIssue> issues, Map<String, Integer> byRef, List<String> warnings) {
        Integer[] parents = new Integer[issues.size()];
        for (int i = 0; i < issues.size(); i++) {
            TrackerIssue t = issues.get(i);
            String ref = t.parent() != null ? t.parent() : t.epicLink();
            if (ref == null) {
                continue;
            }
            Integer p = byRef.get(ref);
            if (p == null) {
                warnings.add(t.key() + "'s parent " + ref + " is not in the export; " + t.key() + " is imported at the top level");
            } else if (p == i + 1) {
                warnings.add(t.key() + " names itself as its parent; imported at the top level");
            } else {
                parents[i] = p;
            }
        }
        // A loop of parents (A under B under A) cannot be an outline: the item that closes it goes to the top level.
        for (int i = 0; i < parents.length; i++) {
            Set<Integer> seen = new HashSet<>();
            Integer at = i + 1;
            while (at != null && seen.add(at)) {
                at = parents[at - 1];
            }
            if (at != null) {
                warnings.add(issues.get(at - 1).key() + " is its own ancestor; imported at the top level");
                parents[at - 1] = null;
            }
        }
        return parents;
    }

    /**
     * "A blocks B" as A → B finish-to-start, once per pair; a link to an item outside the export is left out and
     * named in a warning; self-links and cycles refuse the file, naming them.
     */
    private static List<ImportedLink> links(List<TrackerIssue> issues, Map<String, Integer> uid, String label,
            List<String> warnings) throws ScheduleFileException {
        Set<List<Integer>> pairs = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (TrackerIssue t : issues) {
            int self = uid.get(t.key());
            for (String b : t.blocks()) {
                add(pairs, unknown, self, uid.get(b), t.key() + " blocks " + b);
            }
            for (String b : t.blockedBy()) {
                add(pairs, unknown, uid.get(b), self, t.key() + " is blocked by " + b);
            }
        }
        if (!unknown.isEmpty()) {
            warnings.add(unknown.size() + " blocks link(s) name work items that are not in the export and were left out: "
                    + sample(unknown) + "; export the linked items too to keep these dependencies");
        }
        for (List<Integer> pair : pairs) {
            if (pair.get(0).equals(pair.get(1))) {
                throw new ScheduleFileException(label + ": " + issues.get(pair.get(0) - 1).key() + " blocks itself");
            }
        }
        List<String> cycle = cycle(issues, pairs);
        if (cycle != null) {
            throw new ScheduleFileException(label + ": the blocks links form a cycle, so no item in it could ever start: "
                    + String.join(" blocks ", cycle));
        }
        return pairs.stream().map(p -> new ImportedLink(p.get(0), p.get(1), ImportedLink.Type.FS, 0, ImportedLink.LagKind.WORKING, 0)).toList();
    }

    private static void add(Set<List<Integer>> pairs, List<String> unknown, Integer from, Integer to, String what) {
        if (from == null || to == null) {
            unknown.add(what);
        } else {
            pairs.add(List.of(from, to));
        }
    }

    /** The keys around one cycle of the links (first key repeated at the end), or null when they form none. */
    private static List<String> cycle(List<TrackerIssue> issues, Set<List<Integer>> pairs) {
        Map<Integer, List<Integer>> next = new HashMap<>();
        pairs.forEach(p -> next.computeIfAbsent(p.get(0), k -> new ArrayList<>()).add(p.get(1)));
        int[] state = new int[issues.size() + 1]; // 0 unvisited, 1 on the path, 2 done
        for (int s = 1; s <= issues.size(); s++) {
            if (state[s] != 0) {
                continue;
            }
            // Iterative depth-first search: a long chain of links must not overflow the stack.
            List<Integer> path = new ArrayList<>();
            List<Integer> cursor = new ArrayList<>();
            path.add(s);
            cursor.add(0);
            state[s] = 1;
            while (!path.isEmpty()) {
                int at = path.get(path.size() - 1);
                List<Integer> out = next.getOrDefault(at, List.of());
                int c = cursor.get(cursor.size() - 1);
                if (c < out.size()) {
                    cursor.set(cursor.size() - 1, c + 1);
                    int to = out.get(c);
                    if (state[to] == 1) {
                        List<String> keys = new ArrayList<>();
                        for (int k = path.indexOf(to); k < path.size(); k++) {
                            keys.add(issues.get(path.get(k) - 1).key());
                        }
                        keys.add(issues.get(to - 1).key());
                        return keys;
                    }
                    if (state[to] == 0) {
                        state[to] = 1;
                        path.add(to);
                        cursor.add(0);
                    }
                } else {
                    state[at] = 2;
                    path.remove(path.size() - 1);
                    cursor.remove(cursor.size() - 1);
                }
            }
        }
        return null;
    }

    private static ImportedBacklog backlog(TrackerExport export, List<TrackerIssue> issues, Integer[] parents) {
        List<ImportedBacklog.Item> items = new ArrayList<>();
        Set<String> sprintNames = new LinkedHashSet<>();
        for (int i = 0; i < issues.size(); i++) {
            TrackerIssue t = issues.get(i);
            String epic = null;
            for (Integer p = parents[i]; p != null && epic == null; p = parents[p - 1]) {
                epic = issues.get(p - 1).epic() ? issues.get(p - 1).key() : null;
            }
            String sprint = t.currentSprint();
            t.sprints().forEach(sprintNames::add);
            items.add(new ImportedBacklog.Item(i + 1, export.system(), t.key(), t.type(), t.summary(), t.status(), t.category().name(),
                    points(t.storyPoints()), sprint, t.assignee(), epic, i));
        }
        List<ImportedBacklog.Sprint> sprints = new ArrayList<>();
        for (String name : sprintNames) {
            TrackerSprint s = export.sprints().get(name);
            sprints.add(s == null ? new ImportedBacklog.Sprint(name, null, null, null) : new ImportedBacklog.Sprint(name, s.state(), s.start(), s.finish()));
        }
        return new ImportedBacklog(items, sprints);
    }

    /** Story points as a decimal without trailing zeros, never in exponent form (10, not 1E+1). */
    private static BigDecimal points(Double v) {
        if (v == null) {
            return null;
        }
        BigDecimal d = BigDecimal.valueOf(v).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String days(long minutes) {
        return minutes % 480 == 0 ? (minutes / 480) + (minutes == 480 ? " working day" : " working days") : (minutes / 60.0) + " hours";
    }

    private static String sample(List<String> keys) {
        return keys.size() <= 8 ? String.join(", ", keys) : String.join(", ", keys.subList(0, 8)) + " and " + (keys.size() - 8) + " more";
    }
}
