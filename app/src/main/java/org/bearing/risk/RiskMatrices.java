package org.bearing.risk;

import org.bearing.plan.Portfolios;
import org.bearing.plan.Project;
import org.bearing.plan.Projects;
import org.bearing.platform.ETags;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The probability–impact matrices of projects and programs. A project's register uses the project's own matrix,
 * else its program's, else the standard one; a program's register uses the program's, else the standard one.
 * Changing a matrix rescores nothing stored: scores and ratings are computed from it when read, while each risk's
 * score history keeps the scores as they were when they were recorded.
 */
@Service
@Transactional
public class RiskMatrices {
    private final RiskMatrixStore store;
    private final Projects projects;
    private final Portfolios portfolios;

    RiskMatrices(RiskMatrixStore store, Projects projects, Portfolios portfolios) {
        this.store = store;
        this.projects = projects;
        this.portfolios = portfolios;
    }

    /** The matrix of a project's register and where it comes from. */
    @Transactional(readOnly = true)
    public ConfiguredRiskMatrix ofProject(long projectId) {
        Project project = projects.get(projectId);
        var own = store.find(RiskMatrixStore.Owner.PROJECT, projectId);
        if (own.isPresent()) {
            return new ConfiguredRiskMatrix(ConfiguredRiskMatrix.Source.PROJECT, own.get().version(), own.get().matrix());
        }
        var program = project.programId() == null ? java.util.Optional.<RiskMatrixStore.Stored>empty()
                : store.find(RiskMatrixStore.Owner.PROGRAM, project.programId());
        return program.map(p -> new ConfiguredRiskMatrix(ConfiguredRiskMatrix.Source.PROGRAM, 0, p.matrix()))
                .orElseGet(() -> new ConfiguredRiskMatrix(ConfiguredRiskMatrix.Source.STANDARD, 0, RiskMatrix.standard()));
    }

    /** The matrix of a program's own register and where it comes from. */
    @Transactional(readOnly = true)
    public ConfiguredRiskMatrix ofProgram(long programId) {
        portfolios.program(programId);
        return store.find(RiskMatrixStore.Owner.PROGRAM, programId)
                .map(p -> new ConfiguredRiskMatrix(ConfiguredRiskMatrix.Source.PROGRAM, p.version(), p.matrix()))
                .orElseGet(() -> new ConfiguredRiskMatrix(ConfiguredRiskMatrix.Source.STANDARD, 0, RiskMatrix.standard()));
    }

    /** The matrix itself, for scoring a project's risks. */
    @Transactional(readOnly = true)
    public RiskMatrix forProject(long projectId) {
        return ofProject(projectId).matrix();
    }

    /**
     * Gives the project its own matrix after checking it ({@link RiskMatrix#check()}); a refused matrix changes
     * nothing. {@code expectedVersion}, when given, must be the version of the project's own matrix.
     */
    public ConfiguredRiskMatrix configureProject(long projectId, Long expectedVersion, RiskMatrix matrix, String by) {
        ConfiguredRiskMatrix current = ofProject(projectId);
        ETags.requireCurrent("Risk matrix of project " + projectId, expectedVersion,
                current.source() == ConfiguredRiskMatrix.Source.PROJECT ? current.version() : 0);
        store.save(RiskMatrixStore.Owner.PROJECT, projectId, matrix.check(), by);
        return ofProject(projectId);
    }

    /** Gives the program (its own risks, and its projects without their own) a matrix after checking it. */
    public ConfiguredRiskMatrix configureProgram(long programId, Long expectedVersion, RiskMatrix matrix, String by) {
        ETags.requireCurrent("Risk matrix of program " + programId, expectedVersion, ofProgram(programId).version());
        store.save(RiskMatrixStore.Owner.PROGRAM, programId, matrix.check(), by);
        return ofProgram(programId);
    }

    /** Drops the project's own matrix: it goes back to its program's or the standard one. */
    public ConfiguredRiskMatrix resetProject(long projectId) {
        projects.get(projectId);
        store.delete(RiskMatrixStore.Owner.PROJECT, projectId);
        return ofProject(projectId);
    }

    public ConfiguredRiskMatrix resetProgram(long programId) {
        portfolios.program(programId);
        store.delete(RiskMatrixStore.Owner.PROGRAM, programId);
        return ofProgram(programId);
    }
}
