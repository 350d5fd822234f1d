package org.bearing.interop;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.bearing.plan.Assignment;
import org.bearing.plan.Dependency;
import org.bearing.plan.ProjectCalendar;
import org.bearing.plan.Resource;
import org.bearing.plan.Task;

/**
 * A project's plan as it stands, read once, to compare an updated schedule file against.
 *
 * @param projectVersion the project's version, which every plan edit moves on
 * @param externalIds    the file's unique id of each task imported from a file, by task id
 * @param resources      the project's own resources (not the enterprise pool)
 * @param calendars      the calendars the project can use: its own and the enterprise base calendars
 * @param references     for each task that other records point at (actuals, risks, baselines), what they are, in
 *                       words ("2 time entries"); tasks absent carry nothing
 * @param resourcesInUse the project's resources that time entries were booked against
 */
public record PlanSnapshot(long projectId, long projectVersion, List<Task> tasks, Map<Long, String> externalIds,
                           List<Dependency> links, List<Resource> resources, List<Assignment> assignments,
                           List<ProjectCalendar> calendars, Map<Long, List<String>> references,
                           java.util.Set<Long> resourcesInUse) {

    /**
     * A digest of every plan row's identity and version: two equal fingerprints mean no task, link, resource,
     * assignment or calendar of the project was added, removed or edited in between. Scheduled dates are derived and
     * left out (a reschedule keeps versions).
     */
    public String fingerprint() {
        StringBuilder b = new StringBuilder("p").append(projectId).append(':').append(projectVersion);
        tasks.stream().sorted(Comparator.comparingLong(Task::id))
                .forEach(t -> b.append("|t").append(t.id()).append(':').append(t.version()).append(':').append(t.parentId())
                        .append(':').append(t.position()));
        links.stream().sorted(Comparator.comparingLong(Dependency::id)).forEach(d -> b.append("|d").append(d.id()).append(':').append(d.version()));
        resources.stream().sorted(Comparator.comparingLong(Resource::id)).forEach(r -> b.append("|r").append(r.id()).append(':').append(r.version()));
        assignments.stream().sorted(Comparator.comparingLong(Assignment::id)).forEach(a -> b.append("|a").append(a.id()).append(':').append(a.version()));
        calendars.stream().sorted(Comparator.comparingLong(ProjectCalendar::id)).forEach(c -> b.append("|c").append(c.id()).append(':').append(c.version()));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
