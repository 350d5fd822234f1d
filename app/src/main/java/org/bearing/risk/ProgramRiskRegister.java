package org.bearing.risk;

import java.util.List;
import java.util.stream.Stream;

/**
 * The risk view of a program: the risks that belong to the program itself (they span its projects) and, beside
 * them, the registers of each of its projects.
 */
public record ProgramRiskRegister(long programId, String programName, List<Risk> programRisks, List<ProjectRisks> projects) {

    /** One project's register inside the program view. */
    public record ProjectRisks(long projectId, String code, String name, List<Risk> risks) {
    }

    /** Every risk of the view: the program's own first, then each project's. */
    public List<Risk> all() {
        return Stream.concat(programRisks.stream(), projects.stream().flatMap(p -> p.risks().stream())).toList();
    }

    /** Open risks rated high on the matrix, program-wide. */
    public long openHigh() {
        return all().stream().filter(r -> r.status() == Risk.Status.OPEN && r.rating() == Risk.Rating.HIGH).count();
    }
}
