package org.bearing.risk;

import java.util.List;
import java.util.stream.Stream;

/**
 * The risk view of a program: the risks that belong to the program itself (they span its projects), scored by the
 * program's matrix ({@code matrixSource}: the program's own or the standard one), and beside them the registers of
 * each of its projects, each scored by its project's matrix.
 */
public record ProgramRiskRegister(long programId, String programName, List<Risk> programRisks, RiskMatrix matrix,
                                  ConfiguredRiskMatrix.Source matrixSource, List<ProjectRisks> projects) {

    /** One project's register inside the program view. */
    public record ProjectRisks(long projectId, String code, String name, List<Risk> risks, RiskMatrix matrix) {
    }

    /** The matrix that scores a risk of this view. */
    public RiskMatrix matrixOf(Risk r) {
        return r.programId() != null ? matrix : projects.stream().filter(p -> p.projectId() == r.projectId()).findFirst()
                .map(ProjectRisks::matrix).orElse(matrix);
    }

    /** Every risk of the view: the program's own first, then each project's. */
    public List<Risk> all() {
        return Stream.concat(programRisks.stream(), projects.stream().flatMap(p -> p.risks().stream())).toList();
    }

    /** Open risks rated high (red or purple) on their matrix, program-wide. */
    public long openHigh() {
        return all().stream().filter(r -> r.status() == Risk.Status.OPEN && matrixOf(r).rating(r).high()).count();
    }
}
