package org.bearing.interop;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.bearing.plan.Assignments;
import org.bearing.plan.Baseline;
import org.bearing.plan.Baselines;
import org.bearing.plan.Calendars;
import org.bearing.plan.Dependencies;
import org.bearing.plan.Projects;
import org.bearing.plan.Resources;
import org.bearing.plan.Tasks;
import org.bearing.risk.RiskMatrices;
import org.bearing.risk.RiskRegister;
import org.bearing.schedule.Scheduling;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exports a project in one of the {@link ExportFormat}s. The plan is read once, in one read-only transaction, into
 * an {@link ExportedPlan}; each format's writer then maps that to its file.
 */
@Service
public class PlanExport {
    private final Projects projects;
    private final Calendars calendars;
    private final Tasks tasks;
    private final Dependencies dependencies;
    private final Resources resources;
    private final Assignments assignments;
    private final Baselines baselines;
    private final Scheduling scheduling;
    private final RiskRegister risks;
    private final RiskMatrices riskMatrices;
    private final JsonMapper json;

    PlanExport(Projects projects, Calendars calendars, Tasks tasks, Dependencies dependencies, Resources resources,
               Assignments assignments, Baselines baselines, Scheduling scheduling, RiskRegister risks,
               RiskMatrices riskMatrices, org.springframework.beans.factory.ObjectProvider<JsonMapper> json) {
        this.riskMatrices = riskMatrices;
        this.projects = projects;
        this.calendars = calendars;
        this.tasks = tasks;
        this.dependencies = dependencies;
        this.resources = resources;
        this.assignments = assignments;
        this.baselines = baselines;
        this.scheduling = scheduling;
        this.risks = risks;
        this.json = json.getIfAvailable(() -> JsonMapper.builder().findAndAddModules().build());
    }

    /** The project's plan, schedule and risks as the writers see them. */
    @Transactional(readOnly = true)
    public ExportedPlan gather(long projectId) {
        List<Baseline> full = new ArrayList<>();
        for (Baseline b : baselines.all(projectId)) {
            full.add(baselines.get(projectId, b.id()));
        }
        return new ExportedPlan(projects.get(projectId), calendars.visibleTo(projectId), tasks.all(projectId),
                dependencies.all(projectId), resources.visibleTo(projectId), assignments.all(projectId), full,
                scheduling.schedule(projectId), risks.risks(projectId), riskMatrices.forProject(projectId));
    }

    /** Writes the project in {@code format} to {@code out} (which stays open). */
    public void write(long projectId, ExportFormat format, OutputStream out) throws IOException {
        write(gather(projectId), format, out);
    }

    /** Writes an already gathered plan. */
    public void write(ExportedPlan plan, ExportFormat format, OutputStream out) throws IOException {
        switch (format) {
            case MSPDI, XER, PMXML -> ProjectFileWriter.write(plan, format, out);
            case XLSX -> new XlsxPlanWriter(plan).write(out);
            case CSV -> CsvPlanWriter.write(plan, out);
            case JSON -> json.writeValue(nonClosing(out), plan);
            case ICS -> IcsPlanWriter.write(plan, out, java.time.Clock.systemUTC());
        }
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        };
    }
}
