package org.bearing.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.bearing.plan.Portfolios;
import org.bearing.plan.Program;
import org.bearing.plan.Project;
import org.bearing.plan.Projects;
import org.bearing.platform.ETags;
import org.bearing.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A project's risk register: record, rescore, respond, close; every score change is kept in the risk's history. */
@Service
@Transactional
public class RiskRegister {
    private final RiskStore store;
    private final Projects projects;
    private final Portfolios portfolios;
    private final RiskMatrices matrices;
    private final Clock clock = Clock.systemUTC();

    RiskRegister(RiskStore store, Projects projects, Portfolios portfolios, RiskMatrices matrices) {
        this.store = store;
        this.projects = projects;
        this.portfolios = portfolios;
        this.matrices = matrices;
    }

    /** The matrix that scores the project's risks (its own, its program's, or the standard one). */
    @Transactional(readOnly = true)
    public RiskMatrix matrix(long projectId) {
        return matrices.forProject(projectId);
    }

    /** The matrix that scores a risk: its project's, or for a program risk its program's. */
    private RiskMatrix matrixOf(Risk r) {
        return r.projectId() != null ? matrices.forProject(r.projectId()) : matrices.ofProgram(r.programId()).matrix();
    }

    @Transactional(readOnly = true)
    public List<Risk> risks(long projectId) {
        projects.get(projectId);
        return store.inProject(projectId);
    }

    @Transactional(readOnly = true)
    public Risk get(long projectId, long riskId) {
        return store.byId(riskId).filter(r -> Objects.equals(r.projectId(), projectId))
                .orElseThrow(() -> new NotFoundException("Risk", riskId + " in project " + projectId));
    }

    public Risk record(long projectId, RiskDraft d, String by) {
        projects.get(projectId);
        RiskRegisterPolicy.check(d);
        long id = store.insert(projectId, d);
        Risk r = get(projectId, id);
        store.recordScore(id, by, r, matrixOf(r).score(r));
        return r;
    }

    public Risk update(long projectId, long riskId, Long expectedVersion, RiskDraft d, String by) {
        return update(get(projectId, riskId), expectedVersion, d, by);
    }

    private Risk update(Risk current, Long expectedVersion, RiskDraft d, String by) {
        long riskId = current.id();
        ETags.requireCurrent("Risk " + riskId, expectedVersion, current.version());
        RiskRegisterPolicy.check(d);
        store.update(riskId, current.version(), d);
        Risk r = store.byId(riskId).orElseThrow();
        if (r.probability() != current.probability() || r.impact().max() != current.impact().max() || r.status() != current.status()) {
            store.recordScore(riskId, by, r, matrixOf(r).score(r));
        }
        return r;
    }

    /**
     * Closes a risk (it can no longer happen, or its response is complete) or reopens it, keeping everything else;
     * the status change is recorded in its score history like any other.
     */
    public Risk changeStatus(long projectId, long riskId, Long expectedVersion, Risk.Status status, String by) {
        Risk current = get(projectId, riskId);
        return update(current, expectedVersion, RiskDraft.of(current).withStatus(status), by);
    }

    public void delete(long projectId, long riskId, Long expectedVersion) {
        Risk current = get(projectId, riskId);
        ETags.requireCurrent("Risk " + riskId, expectedVersion, current.version());
        store.delete(riskId);
    }

    // ---- program-level register ----------------------------------------------------------------------------------

    /** Risks that belong to the program itself (they span its projects), not to one project. */
    @Transactional(readOnly = true)
    public List<Risk> programRisks(long programId) {
        portfolios.program(programId);
        return store.inProgram(programId);
    }

    @Transactional(readOnly = true)
    public Risk getInProgram(long programId, long riskId) {
        return store.byId(riskId).filter(r -> Objects.equals(r.programId(), programId))
                .orElseThrow(() -> new NotFoundException("Risk", riskId + " in program " + programId));
    }

    public Risk recordInProgram(long programId, RiskDraft d, String by) {
        portfolios.program(programId);
        RiskRegisterPolicy.check(d);
        long id = store.insertInProgram(programId, d);
        Risk r = getInProgram(programId, id);
        store.recordScore(id, by, r, matrixOf(r).score(r));
        return r;
    }

    public Risk updateInProgram(long programId, long riskId, Long expectedVersion, RiskDraft d, String by) {
        return update(getInProgram(programId, riskId), expectedVersion, d, by);
    }

    public void deleteInProgram(long programId, long riskId, Long expectedVersion) {
        Risk current = getInProgram(programId, riskId);
        ETags.requireCurrent("Risk " + riskId, expectedVersion, current.version());
        store.delete(riskId);
    }

    /** The program's own risks next to the risks of each of its projects (each scored by its own matrix), for the program view. */
    @Transactional(readOnly = true)
    public ProgramRiskRegister programRegister(long programId) {
        Program program = portfolios.program(programId);
        List<ProgramRiskRegister.ProjectRisks> perProject = new ArrayList<>();
        for (Project p : projects.inProgram(programId)) {
            perProject.add(new ProgramRiskRegister.ProjectRisks(p.id(), p.code(), p.name(), store.inProject(p.id()), matrices.forProject(p.id())));
        }
        ConfiguredRiskMatrix configured = matrices.ofProgram(programId);
        return new ProgramRiskRegister(program.id(), program.name(), store.inProgram(programId), configured.matrix(), configured.source(),
                perProject);
    }

    @Transactional(readOnly = true)
    public List<ScoreChange> history(long projectId, long riskId) {
        get(projectId, riskId);
        return store.history(riskId);
    }

    /** The score changes of a program-level risk, oldest first (recorded like a project risk's, on every write). */
    public List<ScoreChange> historyInProgram(long programId, long riskId) {
        getInProgram(programId, riskId);
        return store.history(riskId);
    }

    /** The probability–impact matrix of the project's open risks of one kind, scored and rated by the project's matrix. */
    @Transactional(readOnly = true)
    public HeatMap heatMap(long projectId, Risk.Kind kind) {
        RiskMatrix matrix = matrices.forProject(projectId);
        List<Risk> open = risks(projectId).stream().filter(r -> r.status() == Risk.Status.OPEN && r.kind() == kind).toList();
        LocalDate today = LocalDate.now(clock);
        List<HeatMap.Cell> cells = new ArrayList<>();
        for (int p = RiskMatrix.LEVELS; p >= 1; p--) {
            for (int i = 1; i <= RiskMatrix.LEVELS; i++) {
                final int prob = p;
                final int imp = i;
                List<String> codes = open.stream().filter(r -> r.probability() == prob && r.impact().max() == imp).map(Risk::code).toList();
                int score = matrix.score(p, i);
                RiskMatrix.Rating rating = matrix.rating(score);
                cells.add(new HeatMap.Cell(p, i, score, rating.label(), rating.colour(), codes.size(), codes));
            }
        }
        int high = (int) open.stream().filter(r -> matrix.rating(r).high()).count();
        int stale = (int) open.stream().filter(r -> r.stale(today)).count();
        return new HeatMap(projectId, kind, cells, open.size(), high, stale);
    }
}
