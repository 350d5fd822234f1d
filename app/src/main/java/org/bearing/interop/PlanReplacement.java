package org.bearing.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.bearing.interop.persistence.ImportPreviewStore;
import org.bearing.plan.Assignments;
import org.bearing.plan.Calendars;
import org.bearing.plan.Dependencies;
import org.bearing.plan.PlanRewrite;
import org.bearing.plan.TaskReferences;
import org.bearing.plan.Projects;
import org.bearing.plan.Resources;
import org.bearing.plan.Task;
import org.bearing.plan.Tasks;
import org.bearing.platform.ConflictException;
import org.bearing.platform.NotFoundException;
import org.bearing.schedule.Scheduling;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Replaces a project's plan with an updated schedule file (the contractor's weekly MS Project or P6 file), in two
 * steps. {@link #preview} reads the file, matches it against the plan ({@link PlanComparison}) and shows the
 * differences with their schedule impact: the replacement is written and the project rescheduled inside a
 * transaction that is then rolled back, so the impact shown is exactly what apply will produce and nothing is kept.
 * The preview (the file itself, the plan's fingerprint, the differences) is stored with an expiry so that any app node
 * can apply it. {@link #apply} writes the same replacement for real, in one transaction, and is refused when the plan
 * changed since the preview; the project is rescheduled once, when it commits.
 *
 * <p>Tasks the file drops are deleted, except those that actuals, risks or baselines point at: a TPM would not expect
 * a weekly update to delete booked hours, so those tasks are kept and listed ({@link PlanDifferences#kept}). Calendars
 * the file drops are kept (tasks and resources may use them); the plan's baselines and project settings are left as
 * they are, and the file's own baselines are not read.
 */
@Service
public class PlanReplacement {
    private static final int MOVED_SHOWN = 200;
    private final ScheduleFileReader reader;
    private final Projects projects;
    private final Tasks tasks;
    private final Dependencies dependencies;
    private final Resources resources;
    private final Assignments assignments;
    private final Calendars calendars;
    private final PlanRewrite rewrite;
    /** Every module's records that point at tasks and resources (cost entries, risk links, baselines). */
    private final List<TaskReferences> references;
    private final ImportPreviewStore previews;
    private final PlanReplacementWriter writer;
    private final Scheduling scheduling;
    private final TransactionTemplate transaction;
    private final Duration lifetime;
    private final JsonMapper json = JsonMapper.builder().build();

    PlanReplacement(ImportLimits limits, Projects projects, Tasks tasks, Dependencies dependencies, Resources resources,
                    Assignments assignments, Calendars calendars, PlanRewrite rewrite, List<TaskReferences> references,
                    ImportPreviewStore previews, PlanReplacementWriter writer, Scheduling scheduling,
                    PlatformTransactionManager transactions,
                    @Value("${bearing.import.preview-minutes:60}") long previewMinutes) {
        this.reader = new ScheduleFileReader(limits);
        this.projects = projects;
        this.tasks = tasks;
        this.dependencies = dependencies;
        this.resources = resources;
        this.assignments = assignments;
        this.calendars = calendars;
        this.rewrite = rewrite;
        this.references = references;
        this.previews = previews;
        this.writer = writer;
        this.scheduling = scheduling;
        this.transaction = new TransactionTemplate(transactions);
        this.lifetime = Duration.ofMinutes(previewMinutes);
    }

    /** A pending replacement: apply it by id before it expires. */
    public record Preview(String id, long projectId, String fileName, LocalDateTime expiresAt, PlanDifferences differences) {
    }

    /** What an apply changed. */
    public record Applied(long projectId, String fileName, PlanDifferences differences) {
    }

    /** A preview that existed but has expired: preview the file again. */
    public static class PreviewExpiredException extends RuntimeException {
        public PreviewExpiredException(String message) {
            super(message);
        }
    }

    /**
     * Reads {@code file} and stores a preview of replacing the plan of {@code projectId} with it.
     *
     * @param name the file's own name (uploads arrive in temporary files)
     * @throws NotFoundException       when there is no such project
     * @throws ScheduleFileException   when the file cannot be read or the replacement would break a plan rule
     */
    public Preview preview(long projectId, Path file, String name, String user) throws ScheduleFileException {
        projects.get(projectId);
        String label = name == null ? file.getFileName().toString() : name;
        ImportedSchedule s = reader.read(file, label);
        Computed computed = compute(projectId, s, label);
        LocalDateTime now = now();
        String id = UUID.randomUUID().toString();
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Preview preview = new Preview(id, projectId, label, now.plus(lifetime), computed.differences());
        transaction.executeWithoutResult(status -> {
            previews.purgeExpiredBefore(now.minusDays(1));
            previews.insert(new ImportPreviewStore.Row(id, projectId, label, content, computed.fingerprint(),
                    json.writeValueAsString(computed.differences()), user, now, preview.expiresAt()));
        });
        return preview;
    }

    /** The differences against the current plan, computed and rolled back, without storing a preview (the CLI's dry run). */
    public PlanDifferences compare(long projectId, ImportedSchedule s, String label) throws ScheduleFileException {
        return compute(projectId, s, label).differences();
    }

    /**
     * A stored preview of the project.
     *
     * @throws NotFoundException        when there is none with that id for the project
     * @throws PreviewExpiredException  when it has expired
     */
    public Preview pending(long projectId, String previewId) {
        ImportPreviewStore.Row row = row(projectId, previewId);
        return new Preview(row.id(), row.projectId(), row.fileName(), row.expiresAt(), json.readValue(row.differences(), PlanDifferences.class));
    }

    /**
     * Replaces the plan as the preview showed, in one transaction, and forgets the preview.
     *
     * @throws NotFoundException        when there is no such preview for the project
     * @throws PreviewExpiredException  when it has expired
     * @throws ConflictException        when the plan changed since the preview; nothing is written
     */
    public Applied apply(long projectId, String previewId) throws ScheduleFileException {
        ImportPreviewStore.Row row = row(projectId, previewId);
        ImportedSchedule s;
        Path temp = null;
        try {
            temp = Files.createTempFile("bearing-replace-", ".upload");
            Files.write(temp, row.content());
            s = reader.read(temp, row.fileName());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(temp);
        }
        ImportedSchedule file = s;
        return transaction.execute(status -> {
            PlanSnapshot plan = snapshot(projectId);
            if (!plan.fingerprint().equals(row.planFingerprint())) {
                throw new ConflictException("The plan of project " + projectId + " changed after the preview of " + row.fileName()
                        + " was made; preview the file again to see the differences against the plan as it is now", "previewId");
            }
            PlanComparison c = PlanComparison.of(plan, file);
            writer.write(c);
            previews.delete(previewId);
            return new Applied(projectId, row.fileName(), c.differences(Map.of()));
        });
    }

    private ImportPreviewStore.Row row(long projectId, String previewId) {
        ImportPreviewStore.Row row = previews.byId(previewId).filter(r -> r.projectId() == projectId)
                .orElseThrow(() -> new NotFoundException("Import preview", previewId + " of project " + projectId, "previewId"));
        if (row.expiresAt().isBefore(now())) {
            throw new PreviewExpiredException("The preview of " + row.fileName() + " expired at " + row.expiresAt()
                    + " UTC; upload the file again for a fresh preview");
        }
        return row;
    }

    private record Computed(String fingerprint, PlanDifferences differences) {
    }

    /** Matches, writes and reschedules inside a transaction that is always rolled back: a dry run of the apply. */
    private Computed compute(long projectId, ImportedSchedule s, String label) throws ScheduleFileException {
        try {
            return transaction.execute(status -> {
                status.setRollbackOnly();
                PlanSnapshot plan = snapshot(projectId);
                PlanComparison c = PlanComparison.of(plan, s);
                Map<String, Long> ids = writer.write(c);
                scheduling.reschedule(projectId);
                Map<Long, Task> after = new HashMap<>();
                tasks.all(projectId).forEach(t -> after.put(t.id(), t));
                Map<String, LocalDateTime[]> dates = new HashMap<>();
                ids.forEach((key, id) -> {
                    Task t = after.get(id);
                    if (t != null) {
                        dates.put(key, new LocalDateTime[] {t.plannedStart(), t.plannedFinish()});
                    }
                });
                PlanDifferences d = c.differences(dates);
                return new Computed(plan.fingerprint(), d.withSchedule(impact(plan, c, after.values(), dates)));
            });
        } catch (NotFoundException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ScheduleFileException(label + ": cannot replace the plan: " + e.getMessage(), e);
        }
    }

    private static PlanDifferences.ScheduleImpact impact(PlanSnapshot plan, PlanComparison c, java.util.Collection<Task> after,
                                                         Map<String, LocalDateTime[]> dates) {
        LocalDateTime before = plan.tasks().stream().map(Task::plannedFinish).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        LocalDateTime finish = after.stream().map(Task::plannedFinish).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        List<PlanDifferences.Moved> moved = new ArrayList<>();
        c.matchedTasks.values().forEach(p -> {
            LocalDateTime[] d = dates.get("t" + p.id());
            if (d != null && !Objects.equals(d[1], p.plannedFinish())) {
                moved.add(new PlanDifferences.Moved(p.name(), p.plannedFinish(), d[1]));
            }
        });
        moved.sort(Comparator.comparingLong((PlanDifferences.Moved m) -> m.before() == null || m.after() == null ? Long.MAX_VALUE
                : Math.abs(Duration.between(m.before(), m.after()).toMinutes())).reversed());
        return new PlanDifferences.ScheduleImpact(before, finish, moved.size() > MOVED_SHOWN ? moved.subList(0, MOVED_SHOWN) : moved);
    }

    private PlanSnapshot snapshot(long projectId) {
        return new PlanSnapshot(projectId, projects.get(projectId).version(), tasks.all(projectId), rewrite.externalIds(projectId),
                dependencies.all(projectId), resources.visibleTo(projectId), assignments.all(projectId), calendars.visibleTo(projectId),
                TaskReferences.tasks(references, projectId), TaskReferences.resources(references, projectId));
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    private static void deleteQuietly(Path p) {
        try {
            if (p != null) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // a temporary file the system cleans up anyway
        }
    }
}
